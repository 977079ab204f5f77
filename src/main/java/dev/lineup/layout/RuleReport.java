package dev.lineup.layout;

import java.util.List;

/**
 * What rules did (or, for a dry run, would do) with a batch of new provider channels.
 *
 * @param placed         channels added to the layout, in order
 * @param unplaced       new channels no rule placed; they are not added
 * @param alreadyPresent channels whose key the layout already has; rules leave them alone
 * @param createdGroups  groups that did not exist and were created at the end of the layout
 * @param problems       e.g. a number range with no free number left (the channel is placed unnumbered)
 */
public record RuleReport(List<Placement> placed, List<SourceChannelRef> unplaced, List<SourceChannelRef> alreadyPresent,
                         List<String> createdGroups, List<String> problems) {
    public RuleReport {
        placed = List.copyOf(placed);
        unplaced = List.copyOf(unplaced);
        alreadyPresent = List.copyOf(alreadyPresent);
        createdGroups = List.copyOf(createdGroups);
        problems = List.copyOf(problems);
    }

    /** One placed channel as it will appear, and the rules (in order) that shaped it. */
    public record Placement(SourceChannelRef channel, String group, String name, Integer number, boolean hidden,
                            double shiftHours, List<String> rules) {
        public Placement {
            rules = List.copyOf(rules);
        }
    }

    public boolean changesLayout() {
        return !placed.isEmpty();
    }

    /** Plain text for the CLI and the dry-run dialog. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(placed.size()).append(" placed, ").append(unplaced.size()).append(" not placed by any rule, ")
                .append(alreadyPresent.size()).append(" already in the layout\n");
        for (Placement p : placed) {
            b.append("  + ").append(p.name()).append(" -> ").append(p.group());
            if (p.number() != null) {
                b.append(" #").append(p.number());
            }
            if (p.hidden()) {
                b.append(" (hidden)");
            }
            if (p.shiftHours() != 0) {
                b.append(" shift ").append(p.shiftHours()).append(" h");
            }
            b.append("  [").append(String.join(", ", p.rules())).append("]\n");
        }
        for (SourceChannelRef c : unplaced) {
            b.append("  ? ").append(c.name()).append(" (no placing rule)\n");
        }
        for (String g : createdGroups) {
            b.append("  new group: ").append(g).append('\n');
        }
        for (String p : problems) {
            b.append("  ! ").append(p).append('\n');
        }
        return b.toString();
    }
}
