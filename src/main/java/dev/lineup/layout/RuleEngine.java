package dev.lineup.layout;

import dev.lineup.layout.RuleReport.Placement;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a layout's ordered rules to new provider channels.
 *
 * <p>Semantics, per new channel, rules taken in order (disabled ones skipped), every matching rule
 * counting:
 * <ul>
 * <li><b>placement</b> — the first matching rule that names a group decides the group; later groups are ignored;</li>
 * <li><b>hide</b> accumulates: any matching rule that hides makes the channel hidden;</li>
 * <li><b>rename</b> accumulates: each matching rule's replace runs on the result of the previous one;</li>
 * <li><b>number range</b> and <b>shift</b>: the first matching rule that sets one decides it.</li>
 * </ul>
 * A channel no rule places is not added (reported as unplaced); one whose key the layout already has
 * is left alone. Placed channels go to the end of their group, in the order given; a number range
 * gives the lowest number in range no visible channel uses, counting channels placed earlier in the
 * same run. Matching uses the provider's name; renames never change which later rules match.
 */
public final class RuleEngine {
    private RuleEngine() {
    }

    /** The new layout and the report. The input layout is not changed (it is immutable). */
    public record Result(Layout layout, RuleReport report) {
    }

    public static Result apply(Layout layout, List<Rule> rules, List<SourceChannelRef> newChannels) {
        List<Compiled> compiled = new ArrayList<>();
        for (Rule r : rules) {
            if (r.enabled()) {
                compiled.add(new Compiled(r, r.namePattern(), r.renamePattern()));
            }
        }
        Set<String> present = new HashSet<>();
        layout.channels().forEach(c -> present.add(c.sourceKey()));
        Map<String, List<LayoutChannel>> additions = new LinkedHashMap<>();
        Set<Integer> taken = null; // numbers in use, computed once and only if a rule has a range
        List<Placement> placed = new ArrayList<>();
        List<SourceChannelRef> unplaced = new ArrayList<>();
        List<SourceChannelRef> already = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SourceChannelRef c : newChannels) {
            if (!present.add(c.sourceKey())) {
                already.add(c);
                continue;
            }
            Outcome o = decide(c, compiled);
            if (o.group == null) {
                unplaced.add(c);
                continue;
            }
            Integer number = null;
            if (o.range != null) {
                if (taken == null) {
                    taken = Numbering.visibleNumbers(layout);
                }
                OptionalInt n = Numbering.nextFree(taken, o.range.numberFrom(), o.range.numberTo());
                if (n.isPresent()) {
                    number = n.getAsInt();
                    taken.add(number);
                } else {
                    problems.add("no free number in " + o.range.numberFrom() + ".." + o.range.numberTo() + " for '"
                            + o.name + "' (rule '" + o.rangeRule + "'); placed without a number");
                }
            }
            additions.computeIfAbsent(o.group, g -> new ArrayList<>()).add(new LayoutChannel(c.sourceKey(), o.name,
                    number, c.logo(), c.tvgId(), null, o.shift, o.hide, true));
            placed.add(new Placement(c, o.group, o.name, number, o.hide, o.shift, o.rules));
        }
        List<String> created = new ArrayList<>();
        Layout out = merge(layout, additions, created);
        return new Result(out, new RuleReport(placed, unplaced, already, created, problems));
    }

    /** What {@link #apply} would do, without producing a layout for anyone to save. */
    public static RuleReport dryRun(Layout layout, List<Rule> rules, List<SourceChannelRef> newChannels) {
        return apply(layout, rules, newChannels).report();
    }

    /** {@link #apply} as one undoable editor step. */
    public static LayoutEdit edit(List<Rule> rules, List<SourceChannelRef> newChannels) {
        List<Rule> r = List.copyOf(rules);
        List<SourceChannelRef> n = List.copyOf(newChannels);
        return LayoutEdit.of("Apply rules to " + LayoutOps.plural(n.size(), "new channel"),
                layout -> apply(layout, r, n).layout());
    }

    private record Compiled(Rule rule, Pattern name, Pattern rename) {
    }

    /** The accumulated decision for one channel. */
    private static final class Outcome {
        String group;
        String name;
        boolean hide;
        Rule.Actions range;
        String rangeRule;
        Double shiftSet;
        double shift;
        final List<String> rules = new ArrayList<>();
    }

    private static Outcome decide(SourceChannelRef c, List<Compiled> rules) {
        Outcome o = new Outcome();
        o.name = c.name();
        for (Compiled r : rules) {
            if (!r.rule().matches(c, r.name())) {
                continue;
            }
            Rule.Actions a = r.rule().actions();
            o.rules.add(r.rule().name());
            if (o.group == null && a.group() != null) {
                o.group = a.group().strip();
            }
            o.hide |= a.hide();
            if (r.rename() != null) {
                String renamed = replace(r, o.name).strip();
                o.name = renamed.isEmpty() ? o.name : renamed; // a rename may not erase a name
            }
            if (o.range == null && a.numberFrom() != null) {
                o.range = a;
                o.rangeRule = r.rule().name();
            }
            if (o.shiftSet == null && a.shiftHours() != null) {
                o.shiftSet = a.shiftHours();
                o.shift = a.shiftHours();
            }
        }
        return o;
    }

    private static String replace(Compiled r, String name) {
        String with = r.rule().actions().renameReplace() == null ? "" : r.rule().actions().renameReplace();
        try {
            return r.rename().matcher(name).replaceAll(with);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new RuleException(r.rule().name(), "invalid rename replacement '" + with + "': " + e.getMessage());
        }
    }

    private static Layout merge(Layout layout, Map<String, List<LayoutChannel>> additions, List<String> created) {
        if (additions.isEmpty()) {
            return layout;
        }
        List<LayoutGroup> groups = new ArrayList<>(layout.groups());
        for (Map.Entry<String, List<LayoutChannel>> e : additions.entrySet()) {
            int gi = LayoutOps.groupIndex(layout, e.getKey());
            if (gi < 0) {
                groups.add(new LayoutGroup(e.getKey(), false, e.getValue()));
                created.add(e.getKey());
            } else {
                List<LayoutChannel> chs = new ArrayList<>(groups.get(gi).channels());
                chs.addAll(e.getValue());
                groups.set(gi, groups.get(gi).withChannels(chs));
            }
        }
        return layout.withGroups(groups);
    }
}
