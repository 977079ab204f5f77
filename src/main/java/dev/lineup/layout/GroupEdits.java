package dev.lineup.layout;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Edits of groups: add, rename, delete, duplicate, move, hide/show, sort A–Z. Group names are unique. */
public final class GroupEdits {
    private GroupEdits() {
    }

    /** A new empty group at {@code index} (clamped to the number of groups). */
    public static LayoutEdit add(String name, int index) {
        String n = LayoutOps.requireName(name, "group name");
        return LayoutEdit.of("Add group " + n, layout -> {
            requireFree(layout, n);
            List<LayoutGroup> groups = new ArrayList<>(layout.groups());
            groups.add(Math.max(0, Math.min(index, groups.size())), new LayoutGroup(n, false, List.of()));
            return layout.withGroups(groups);
        });
    }

    public static LayoutEdit rename(String oldName, String newName) {
        String n = LayoutOps.requireName(newName, "group name");
        return LayoutEdit.of("Rename group " + oldName + " to " + n, layout -> {
            int gi = LayoutOps.requireGroup(layout, oldName);
            if (oldName.equals(n)) {
                return layout;
            }
            requireFree(layout, n);
            LayoutGroup g = layout.groups().get(gi);
            return LayoutOps.replaceGroup(layout, gi, g.withName(n));
        });
    }

    /** Deletes the group and the channels in it (undo brings both back). */
    public static LayoutEdit delete(String name) {
        return LayoutEdit.of("Delete group " + name, layout -> {
            int gi = LayoutOps.requireGroup(layout, name);
            List<LayoutGroup> groups = new ArrayList<>(layout.groups());
            groups.remove(gi);
            return layout.withGroups(groups);
        });
    }

    /** A copy of the group, channels and their edits included, right after the original. */
    public static LayoutEdit duplicate(String name, String copyName) {
        String n = LayoutOps.requireName(copyName, "group name");
        return LayoutEdit.of("Duplicate group " + name, layout -> {
            int gi = LayoutOps.requireGroup(layout, name);
            requireFree(layout, n);
            LayoutGroup g = layout.groups().get(gi);
            List<LayoutGroup> groups = new ArrayList<>(layout.groups());
            groups.add(gi + 1, g.withName(n));
            return layout.withGroups(groups);
        });
    }

    /** Moves the group so that it ends up at position {@code index} of the group list (clamped). */
    public static LayoutEdit move(String name, int index) {
        return LayoutEdit.of("Move group " + name, layout -> {
            int gi = LayoutOps.requireGroup(layout, name);
            List<LayoutGroup> groups = new ArrayList<>(layout.groups());
            LayoutGroup g = groups.remove(gi);
            groups.add(Math.max(0, Math.min(index, groups.size())), g);
            return layout.withGroups(groups);
        });
    }

    public static LayoutEdit setHidden(String name, boolean hidden) {
        return LayoutEdit.of((hidden ? "Hide group " : "Show group ") + name, layout -> {
            int gi = LayoutOps.requireGroup(layout, name);
            LayoutGroup g = layout.groups().get(gi);
            return g.hidden() == hidden ? layout
                    : LayoutOps.replaceGroup(layout, gi, g.withHidden(hidden));
        });
    }

    /** Sorts the group's channels A–Z by displayed name in natural order ("Channel 2" before "Channel 10"). */
    public static LayoutEdit sortByName(String name) {
        return LayoutEdit.of("Sort " + name + " A–Z", layout -> {
            int gi = LayoutOps.requireGroup(layout, name);
            LayoutGroup g = layout.groups().get(gi);
            List<LayoutChannel> sorted = new ArrayList<>(g.channels());
            sorted.sort(Comparator.comparing(LayoutChannel::name, NaturalOrder.INSTANCE));
            return sorted.equals(g.channels()) ? layout : LayoutOps.replaceGroup(layout, gi, g.withChannels(sorted));
        });
    }

    private static void requireFree(Layout layout, String name) {
        if (LayoutOps.groupIndex(layout, name) >= 0) {
            throw new LayoutEditException("a group named '" + name + "' already exists in layout '" + layout.name() + "'");
        }
    }
}
