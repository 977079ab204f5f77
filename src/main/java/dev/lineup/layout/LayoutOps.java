package dev.lineup.layout;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Shared plumbing of the edits: group lookup and copy-on-write channel mapping. */
final class LayoutOps {
    private LayoutOps() {
    }

    static int groupIndex(Layout layout, String group) {
        List<LayoutGroup> groups = layout.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).name().equals(group)) {
                return i;
            }
        }
        return -1;
    }

    static int requireGroup(Layout layout, String group) {
        int i = groupIndex(layout, group);
        if (i < 0) {
            throw new LayoutEditException("no group named '" + group + "' in layout '" + layout.name() + "'");
        }
        return i;
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new LayoutEditException(what + " must not be blank");
        }
        return name.strip();
    }

    /**
     * Applies {@code f} to every channel whose key is selected. Groups with no changed channel are
     * reused as they are, which keeps edits of a few channels in a 100k layout cheap and lets the
     * editor's history share them. Returns {@code layout} itself when nothing changed.
     */
    static Layout mapChannels(Layout layout, Set<String> keys, UnaryOperator<LayoutChannel> f) {
        List<LayoutGroup> out = null;
        List<LayoutGroup> groups = layout.groups();
        for (int gi = 0; gi < groups.size(); gi++) {
            LayoutGroup g = groups.get(gi);
            List<LayoutChannel> changed = null;
            List<LayoutChannel> chs = g.channels();
            for (int ci = 0; ci < chs.size(); ci++) {
                LayoutChannel c = chs.get(ci);
                if (!keys.contains(c.sourceKey())) {
                    continue;
                }
                LayoutChannel n = f.apply(c);
                if (!n.equals(c)) {
                    if (changed == null) {
                        changed = new ArrayList<>(chs);
                    }
                    changed.set(ci, n);
                }
            }
            if (changed != null) {
                if (out == null) {
                    out = new ArrayList<>(groups);
                }
                out.set(gi, g.withChannels(changed));
            }
        }
        return out == null ? layout : layout.withGroups(out);
    }

    static Layout replaceGroup(Layout layout, int index, LayoutGroup group) {
        List<LayoutGroup> groups = new ArrayList<>(layout.groups());
        groups.set(index, group);
        return layout.withGroups(groups);
    }

    static String plural(int n, String word) {
        return Counts.plural(n, word);
    }
}
