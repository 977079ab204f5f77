package dev.lineup.ui.layouteditor;

import dev.lineup.layout.SearchIndex;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.ProviderFields;
import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The table's rows as a view, not a copy: a row object is made only when the table asks for it
 * (the visible ones), so showing 100k matches costs one int array, not 100k row objects.
 */
final class ChannelRows extends AbstractList<ChannelRow> implements RandomAccess {
    private final Layout layout;
    private final SearchIndex.FilterResult result;
    private final int[] picks;
    private final int group;
    private final Set<String> duplicates;
    private final Predicate<String> removed;
    private final Map<String, ProviderFields> provider;

    /** Every channel of group {@code group}, unfiltered. */
    static ChannelRows ofGroup(Layout layout, int group, Set<String> duplicates, Predicate<String> removed,
                               Map<String, ProviderFields> provider) {
        return new ChannelRows(layout, null, null, group, duplicates, removed, provider);
    }

    /** Matches of a filter; {@code group} >= 0 keeps only that group's. */
    static ChannelRows ofResult(Layout layout, SearchIndex.FilterResult r, int group, Set<String> duplicates,
                                Predicate<String> removed, Map<String, ProviderFields> provider) {
        int[] picks = null;
        if (group >= 0) {
            int[] p = new int[r.size()];
            int n = 0;
            for (int i = 0; i < r.size(); i++) {
                if (r.groupIndex(i) == group) {
                    p[n++] = i;
                }
            }
            picks = java.util.Arrays.copyOf(p, n);
        }
        return new ChannelRows(layout, r, picks, group, duplicates, removed, provider);
    }

    private ChannelRows(Layout layout, SearchIndex.FilterResult result, int[] picks, int group, Set<String> duplicates,
                        Predicate<String> removed, Map<String, ProviderFields> provider) {
        this.provider = provider;
        this.layout = layout;
        this.result = result;
        this.picks = picks;
        this.group = group;
        this.duplicates = duplicates;
        this.removed = removed;
    }

    @Override
    public ChannelRow get(int i) {
        int gi;
        int ci;
        if (result == null) {
            gi = group;
            ci = i;
        } else {
            int r = picks == null ? i : picks[i];
            gi = result.groupIndex(r);
            ci = result.channelIndex(r);
        }
        LayoutGroup g = layout.groups().get(gi);
        LayoutChannel c = g.channels().get(ci);
        return new ChannelRow(c, gi, ci, g.name(), duplicates.contains(c.sourceKey()),
                removed.test(c.sourceKey()), g.hidden() || c.hidden(), provider.get(c.sourceKey()));
    }

    @Override
    public int size() {
        if (result == null) {
            return group < 0 || group >= layout.groups().size() ? 0 : layout.groups().get(group).channels().size();
        }
        return picks == null ? result.size() : picks.length;
    }
}
