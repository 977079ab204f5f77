package dev.lineup.ui.tools;

import dev.lineup.layout.Rule;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of a rule's match and actions for the rules table. */
final class RuleSummary {
    private RuleSummary() {
    }

    static String match(Rule r) {
        Rule.Match m = r.match();
        List<String> parts = new ArrayList<>();
        add(parts, "source = ", m.source());
        add(parts, "category = ", m.category());
        if (m.name() != null) {
            parts.add("name ~ /" + m.name() + "/" + (m.ignoreCase() ? "i" : ""));
        }
        add(parts, "tvg-id = ", m.tvgId());
        return parts.isEmpty() ? "every new channel" : String.join(", ", parts);
    }

    static String actions(Rule r) {
        Rule.Actions a = r.actions();
        List<String> parts = new ArrayList<>();
        add(parts, "to group ", a.group());
        if (a.hide()) {
            parts.add("hide");
        }
        if (a.renameFind() != null) {
            parts.add("rename /" + a.renameFind() + "/ → \"" + (a.renameReplace() == null ? "" : a.renameReplace()) + "\"");
        }
        if (a.numberFrom() != null) {
            parts.add("number " + a.numberFrom() + "–" + a.numberTo());
        }
        if (a.shiftHours() != null) {
            parts.add("shift " + a.shiftHours() + " h");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }
}
