package dev.lineup.layout;

import static dev.lineup.layout.LayoutOps.plural;

import dev.lineup.layout.NumberingResult.DuplicateNumber;
import dev.lineup.layout.NumberingResult.Overflow;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Channel numbering: per group from a start number, or a selection from N; duplicate detection.
 * Only visible channels count for duplicates (hidden ones are not published). A source key listed in
 * two groups is one channel, so its copies sharing a number is no duplicate.
 */
public final class Numbering {
    private Numbering() {
    }

    /**
     * Numbers each group named in {@code starts} from its start number, in channel order. Groups not
     * named keep their numbers; an empty group is fine and uses no number. A group whose last number
     * reaches the range of the next group (its start in {@code starts}, else its smallest number) is
     * reported as an overflow; numbers are still assigned, the user decides.
     */
    public static NumberingResult numberGroups(Layout layout, Map<String, Integer> starts, NumberingOptions opts) {
        Map<String, Integer> s = new LinkedHashMap<>(starts);
        s.forEach((g, n) -> {
            LayoutOps.requireGroup(layout, g);
            requireStart(n);
        });
        Set<Integer> reserved = opts.keepExisting() ? visibleNumbers(layout) : Set.of();
        List<LayoutGroup> out = new ArrayList<>(layout.groups());
        Map<String, Integer> last = new HashMap<>();
        for (int gi = 0; gi < out.size(); gi++) {
            LayoutGroup g = out.get(gi);
            Integer start = s.get(g.name());
            if (start == null) {
                continue;
            }
            List<LayoutChannel> numbered = assign(g.channels(), g.hidden(), start, opts, reserved);
            numbered.stream().filter(c -> c.number() != null).mapToInt(LayoutChannel::number).max()
                    .ifPresent(max -> last.put(g.name(), max));
            out.set(gi, g.withChannels(numbered));
        }
        Layout result = layout.withGroups(out);
        return new NumberingResult(result, overflows(result, s, last), duplicates(result));
    }

    /** Numbers the selected channels, in layout order, from {@code start}; every copy of a key gets its number. */
    public static NumberingResult renumber(Layout layout, Collection<String> keys, int start, NumberingOptions opts) {
        Layout result = renumbered(layout, keys, start, opts);
        return new NumberingResult(result, List.of(), duplicates(result));
    }

    private static Layout renumbered(Layout layout, Collection<String> keys, int start, NumberingOptions opts) {
        requireStart(start);
        Set<String> sel = Set.copyOf(keys);
        Map<String, LayoutChannel> seq = new LinkedHashMap<>();
        Set<String> hiddenGroupKeys = new HashSet<>();
        for (LayoutGroup g : layout.groups()) {
            for (LayoutChannel c : g.channels()) {
                if (sel.contains(c.sourceKey()) && seq.putIfAbsent(c.sourceKey(), c) == null && g.hidden()) {
                    hiddenGroupKeys.add(c.sourceKey());
                }
            }
        }
        Set<Integer> reserved = opts.keepExisting() ? visibleNumbers(layout) : Set.of();
        List<LayoutChannel> in = new ArrayList<>(seq.values());
        // A channel first seen in a hidden group counts as hidden; assign() handles per-channel flags.
        List<LayoutChannel> flagged = new ArrayList<>(in.size());
        for (LayoutChannel c : in) {
            flagged.add(hiddenGroupKeys.contains(c.sourceKey()) ? c.withHidden(true) : c);
        }
        List<LayoutChannel> numbered = assign(flagged, false, start, opts, reserved);
        Map<String, Integer> byKey = new HashMap<>();
        for (LayoutChannel c : numbered) {
            byKey.put(c.sourceKey(), c.number());
        }
        return LayoutOps.mapChannels(layout, sel, c -> c.withNumber(byKey.get(c.sourceKey())));
    }

    /** {@link #renumber} as an undoable editor step. */
    public static LayoutEdit renumberEdit(Collection<String> keys, int start, NumberingOptions opts) {
        requireStart(start);
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of("Renumber " + plural(sel.size(), "channel") + " from " + start,
                layout -> renumbered(layout, sel, start, opts));
    }

    /** {@link #numberGroups} for one group as an undoable editor step. */
    public static LayoutEdit numberGroupEdit(String group, int start, NumberingOptions opts) {
        requireStart(start);
        return LayoutEdit.of("Number " + group + " from " + start,
                layout -> numberGroups(layout, Map.of(group, start), opts).layout());
    }

    /** Numbers used by more than one visible channel, ascending. */
    public static List<DuplicateNumber> duplicates(Layout layout) {
        return duplicates(layout, LayoutChannel::number);
    }

    /** As {@link #duplicates(Layout)}, each channel's number given by {@code numberOf} (e.g. the effective one). */
    public static List<DuplicateNumber> duplicates(Layout layout,
                                                   java.util.function.Function<LayoutChannel, Integer> numberOf) {
        // One cheap map of first users; sets only for the (few) numbers that turn out shared.
        Map<Integer, String> first = new HashMap<>();
        Map<Integer, Set<String>> shared = new TreeMap<>();
        forEachVisible(layout, c -> {
            Integer number = numberOf.apply(c);
            if (number == null) {
                return;
            }
            String prev = first.putIfAbsent(number, c.sourceKey());
            if (prev != null && !prev.equals(c.sourceKey())) {
                shared.computeIfAbsent(number, n -> new LinkedHashSet<>(List.of(prev))).add(c.sourceKey());
            }
        });
        List<DuplicateNumber> out = new ArrayList<>(shared.size());
        shared.forEach((n, keys) -> out.add(new DuplicateNumber(n, new ArrayList<>(keys))));
        return out;
    }

    /** Keys of every visible channel whose number another visible channel also uses (for flagging rows). */
    public static Set<String> duplicateKeys(Layout layout) {
        return duplicateKeys(layout, LayoutChannel::number);
    }

    /** As {@link #duplicateKeys(Layout)}, each channel's number given by {@code numberOf}. */
    public static Set<String> duplicateKeys(Layout layout, java.util.function.Function<LayoutChannel, Integer> numberOf) {
        Set<String> keys = new HashSet<>();
        for (DuplicateNumber d : duplicates(layout, numberOf)) {
            keys.addAll(d.sourceKeys());
        }
        return keys;
    }

    /** The smallest number in [from, to] no visible channel uses. */
    public static OptionalInt nextFree(Layout layout, int from, int to) {
        return nextFree(visibleNumbers(layout), from, to);
    }

    static OptionalInt nextFree(Set<Integer> used, int from, int to) {
        for (int n = Math.max(0, from); n <= to && n >= 0; n++) {
            if (!used.contains(n)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    static Set<Integer> visibleNumbers(Layout layout) {
        Set<Integer> used = new HashSet<>();
        forEachVisible(layout, c -> {
            if (c.number() != null) {
                used.add(c.number());
            }
        });
        return used;
    }

    private static List<LayoutChannel> assign(List<LayoutChannel> chs, boolean groupHidden, int start,
                                              NumberingOptions opts, Set<Integer> reserved) {
        List<LayoutChannel> out = new ArrayList<>(chs.size());
        long next = start;
        Integer prevOld = null;
        Long prevNew = null;
        for (LayoutChannel c : chs) {
            if (opts.skipHidden() && (groupHidden || c.hidden())) {
                out.add(c.withNumber(null));
                continue;
            }
            if (opts.keepExisting() && c.number() != null) {
                out.add(c);
                continue;
            }
            long n = next;
            if (!opts.compact() && prevOld != null && c.number() != null && c.number() > prevOld) {
                n = prevNew + (c.number() - prevOld);
            }
            while (reserved.contains((int) Math.min(n, Integer.MAX_VALUE))) {
                n++;
            }
            if (n > Integer.MAX_VALUE) {
                throw new LayoutEditException("channel numbers would exceed " + Integer.MAX_VALUE + " starting from " + start);
            }
            out.add(c.withNumber((int) n));
            prevOld = c.number();
            prevNew = n;
            next = n + 1;
        }
        return out;
    }

    private static List<Overflow> overflows(Layout result, Map<String, Integer> starts, Map<String, Integer> last) {
        List<Overflow> out = new ArrayList<>();
        List<LayoutGroup> groups = result.groups();
        for (int gi = 0; gi < groups.size(); gi++) {
            Integer max = last.get(groups.get(gi).name());
            if (max == null) {
                continue;
            }
            for (int gj = gi + 1; gj < groups.size(); gj++) {
                LayoutGroup next = groups.get(gj);
                Integer nextStart = starts.containsKey(next.name()) ? starts.get(next.name())
                        : next.channels().stream().filter(c -> c.number() != null).map(LayoutChannel::number)
                        .min(Integer::compare).orElse(null);
                if (nextStart == null) {
                    continue; // a group without numbers has no range to run into; look further
                }
                if (nextStart > starts.get(groups.get(gi).name()) && max >= nextStart) {
                    out.add(new Overflow(groups.get(gi).name(), max, next.name(), nextStart));
                }
                break;
            }
        }
        return out;
    }

    private static void forEachVisible(Layout layout, java.util.function.Consumer<LayoutChannel> f) {
        for (LayoutGroup g : layout.groups()) {
            if (g.hidden()) {
                continue;
            }
            for (LayoutChannel c : g.channels()) {
                if (!c.hidden()) {
                    f.accept(c);
                }
            }
        }
    }

    private static void requireStart(Integer start) {
        if (start == null || start < 0) {
            throw new LayoutEditException("start number must be 0 or more: " + start);
        }
    }
}
