package dev.lineup.layout;


import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Time shift and catch-up in bulk, one undo step each: for selected channels, for groups, for every
 * channel of one source, or playlist-wide. Each level keeps its own values; which one a channel gets is
 * {@link dev.lineup.model.LayoutTiming#effective}'s rule (channel, group, source, playlist).
 */
public final class TimingEdits {
    private TimingEdits() {
    }

    public static LayoutEdit forChannels(Collection<String> keys, TimingChange change) {
        check(change);
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Set " + change.describe() + " for " + LayoutOps.plural(sel.size(), "channel"),
                layout -> LayoutOps.mapChannels(layout, sel, c -> c.withTiming(change.apply(c.timing()))));
    }

    public static LayoutEdit forGroups(Collection<String> groupNames, TimingChange change) {
        check(change);
        Set<String> names = Set.copyOf(groupNames);
        String what = names.size() == 1 ? "group '" + names.iterator().next() + "'"
                : LayoutOps.plural(names.size(), "group");
        return LayoutEdit.of("Set " + change.describe() + " for " + what, layout -> {
            for (String n : names) {
                LayoutOps.requireGroup(layout, n);
            }
            List<LayoutGroup> groups = new ArrayList<>(layout.groups().size());
            for (LayoutGroup g : layout.groups()) {
                groups.add(names.contains(g.name()) ? g.withTiming(change.apply(g.timing())) : g);
            }
            return layout.withGroups(groups);
        });
    }

    public static LayoutEdit forSource(String sourceName, TimingChange change) {
        check(change);
        String name = LayoutOps.requireName(sourceName, "source");
        return LayoutEdit.of("Set " + change.describe() + " for source '" + name + "'",
                layout -> layout.withTiming(layout.timing().withSource(name,
                        change.apply(layout.timing().source(name)))));
    }

    public static LayoutEdit forPlaylist(TimingChange change) {
        check(change);
        return LayoutEdit.of("Set " + change.describe() + " for the whole playlist",
                layout -> layout.withTiming(layout.timing().withPlaylist(change.apply(layout.timing().playlist()))));
    }

    private static void check(TimingChange change) {
        String p = change.problem();
        if (p != null) {
            throw new LayoutEditException(p);
        }
    }

}
