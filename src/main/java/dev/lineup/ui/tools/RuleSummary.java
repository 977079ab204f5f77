package dev.lineup.ui.tools;

import dev.lineup.layout.Rule;
import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of a rule's match and actions for the rules table, in words from the catalogue. */
final class RuleSummary {
    private RuleSummary() {
    }

    static String match(Rule r) {
        Rule.Match m = r.match();
        List<String> parts = new ArrayList<>();
        add(parts, "rule.summary.source", m.source());
        add(parts, "rule.summary.category", m.category());
        if (m.name() != null) {
            parts.add(Texts.get(m.ignoreCase() ? "rule.summary.nameAnyCase" : "rule.summary.name", m.name()));
        }
        add(parts, "rule.summary.tvgId", m.tvgId());
        return parts.isEmpty() ? Texts.get("rule.summary.every") : String.join(", ", parts);
    }

    static String actions(Rule r) {
        Rule.Actions a = r.actions();
        List<String> parts = new ArrayList<>();
        add(parts, "rule.summary.group", a.group());
        if (a.hide()) {
            parts.add(Texts.get("rule.summary.hide"));
        }
        if (a.renameFind() != null) {
            parts.add(Texts.get("rule.summary.rename", a.renameFind(), a.renameReplace() == null ? "" : a.renameReplace()));
        }
        if (a.numberFrom() != null) {
            parts.add(Texts.get("rule.summary.numbers", a.numberFrom(), a.numberTo()));
        }
        if (a.shiftHours() != null) {
            parts.add(Texts.get("rule.summary.shift", a.shiftHours().toString()));
        }
        return parts.isEmpty() ? Texts.get("rule.summary.nothing") : String.join(", ", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(Texts.get(key, value));
        }
    }
}
