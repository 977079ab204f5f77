package dev.lineup.layout;

import static dev.lineup.layout.LayoutOps.plural;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits that add, move, remove and change channels. Channels are selected by source key, never by
 * index, so a selection survives the edits before it. A group never holds the same key twice; a key
 * may appear in several groups (a "Favourites" copy), and an edit of a key changes every copy.
 */
public final class ChannelEdits {
    private ChannelEdits() {
    }

    /**
     * Adds source channels to {@code group} (created at the end if missing) before position
     * {@code index} (clamped to the group's size). The provider's name, tvg-id and logo are copied
     * in, so the editor, the filters and the health check see what will be published. Channels the
     * group already holds are left where they are.
     */
    public static LayoutEdit add(List<SourceChannelRef> refs, String group, int index) {
        String g = LayoutOps.requireName(group, "group name");
        List<SourceChannelRef> copy = List.copyOf(refs);
        return LayoutEdit.of("Add " + plural(copy.size(), "channel") + " to " + g, layout -> {
            Layout l = layout;
            int gi = LayoutOps.groupIndex(l, g);
            if (gi < 0) {
                l = GroupEdits.add(g, l.groups().size()).apply(l);
                gi = l.groups().size() - 1;
            }
            LayoutGroup target = l.groups().get(gi);
            Set<String> present = keysOf(target.channels());
            List<LayoutChannel> adding = new ArrayList<>();
            for (SourceChannelRef r : copy) {
                if (present.add(r.sourceKey())) {
                    adding.add(new LayoutChannel(r.sourceKey(), r.name(), null, r.logo(), r.tvgId(), null, 0,
                            false, true));
                }
            }
            if (adding.isEmpty()) {
                return l;
            }
            List<LayoutChannel> chs = new ArrayList<>(target.channels());
            chs.addAll(clamp(index, chs.size()), adding);
            return LayoutOps.replaceGroup(l, gi, target.withChannels(chs));
        });
    }

    /**
     * Moves the selected channels into {@code group} so that they sit, in their current layout order,
     * before the channel now at {@code index} of that group (the drop position of a drag, counted
     * before the dragged channels leave). A channel listed in several groups leaves all of them.
     */
    public static LayoutEdit move(Collection<String> keys, String group, int index) {
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Move " + plural(sel.size(), "channel") + " to " + group,
                layout -> relocate(layout, sel, group, index, true));
    }

    /** Copies the selected channels into {@code group} at {@code index}, keeping the originals. */
    public static LayoutEdit copy(Collection<String> keys, String group, int index) {
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Copy " + plural(sel.size(), "channel") + " to " + group,
                layout -> relocate(layout, sel, group, index, false));
    }

    public static LayoutEdit remove(Collection<String> keys) {
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Remove " + plural(sel.size(), "channel"), layout -> {
            List<LayoutGroup> out = new ArrayList<>(layout.groups().size());
            boolean changed = false;
            for (LayoutGroup g : layout.groups()) {
                List<LayoutChannel> kept = new ArrayList<>(g.channels().size());
                for (LayoutChannel c : g.channels()) {
                    if (!sel.contains(c.sourceKey())) {
                        kept.add(c);
                    }
                }
                changed |= kept.size() != g.channels().size();
                out.add(kept.size() == g.channels().size() ? g : g.withChannels(kept));
            }
            return changed ? layout.withGroups(out) : layout;
        });
    }

    public static LayoutEdit setHidden(Collection<String> keys, boolean hidden) {
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of((hidden ? "Hide " : "Show ") + plural(sel.size(), "channel"),
                layout -> LayoutOps.mapChannels(layout, sel, c -> c.withHidden(hidden)));
    }

    public static LayoutEdit setName(String key, String name) {
        String n = LayoutOps.requireName(name, "channel name");
        return LayoutEdit.of("Rename channel to " + n,
                layout -> LayoutOps.mapChannels(layout, Set.of(key), c -> c.withName(n)));
    }

    /** Sets or (with null) clears the channel number. */
    public static LayoutEdit setNumber(String key, Integer number) {
        if (number != null && number < 0) {
            throw new LayoutEditException("channel number must not be negative: " + number);
        }
        return LayoutEdit.of(number == null ? "Clear channel number" : "Set channel number " + number,
                layout -> LayoutOps.mapChannels(layout, Set.of(key), c -> c.withNumber(number)));
    }

    public static LayoutEdit setLogo(String key, String logo) {
        String v = blankToNull(logo);
        return LayoutEdit.of("Set logo", layout -> LayoutOps.mapChannels(layout, Set.of(key), c -> c.withLogo(v)));
    }

    public static LayoutEdit setTvgId(String key, String tvgId) {
        String v = blankToNull(tvgId);
        return LayoutEdit.of("Set tvg-id", layout -> LayoutOps.mapChannels(layout, Set.of(key), c -> c.withTvgId(v)));
    }

    /** Maps the channel to an XMLTV channel id, or (with null/blank) unmaps it. */
    public static LayoutEdit setGuideChannel(String key, String guideId) {
        String v = blankToNull(guideId);
        return LayoutEdit.of(v == null ? "Unmap guide" : "Map guide to " + v,
                layout -> LayoutOps.mapChannels(layout, Set.of(key), c -> c.withGuideChannel(v)));
    }

    /** Time shift of the guide in hours, within ±24 (half hours and other fractions allowed). */
    public static LayoutEdit setShift(Collection<String> keys, double hours) {
        String problem = LayoutValues.shiftProblem(hours);
        if (problem != null) {
            throw new LayoutEditException(problem);
        }
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Set time shift " + hours + " h",
                layout -> LayoutOps.mapChannels(layout, sel, c -> c.withShiftHours(hours)));
    }

    private static Layout relocate(Layout layout, Set<String> sel, String group, int index, boolean removeOriginals) {
        int gi = LayoutOps.requireGroup(layout, group);
        if (index < 0) {
            throw new LayoutEditException("drop index must not be negative: " + index);
        }
        // First occurrence of each selected key, in layout order: the moved block keeps its order.
        Map<String, LayoutChannel> moving = new LinkedHashMap<>();
        layout.channels().filter(c -> sel.contains(c.sourceKey())).forEach(c -> moving.putIfAbsent(c.sourceKey(), c));
        if (moving.isEmpty()) {
            return layout;
        }
        List<LayoutChannel> target = layout.groups().get(gi).channels();
        int at = clamp(index, target.size());
        List<LayoutChannel> kept = new ArrayList<>(target.size());
        int before = 0;
        for (int i = 0; i < target.size(); i++) {
            LayoutChannel c = target.get(i);
            if (moving.containsKey(c.sourceKey())) {
                if (i < at) {
                    before++;
                }
            } else {
                kept.add(c);
            }
        }
        kept.addAll(at - before, moving.values());
        List<LayoutGroup> out = new ArrayList<>(layout.groups());
        for (int i = 0; i < out.size(); i++) {
            LayoutGroup g = out.get(i);
            if (i == gi) {
                out.set(i, g.withChannels(kept));
            } else if (removeOriginals) {
                List<LayoutChannel> rest = new ArrayList<>(g.channels().size());
                for (LayoutChannel c : g.channels()) {
                    if (!moving.containsKey(c.sourceKey())) {
                        rest.add(c);
                    }
                }
                if (rest.size() != g.channels().size()) {
                    out.set(i, g.withChannels(rest));
                }
            }
        }
        return layout.withGroups(out);
    }

    private static Set<String> keysOf(List<LayoutChannel> chs) {
        Set<String> s = new HashSet<>(chs.size() * 2);
        for (LayoutChannel c : chs) {
            s.add(c.sourceKey());
        }
        return s;
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
