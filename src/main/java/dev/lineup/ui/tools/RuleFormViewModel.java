package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleException;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit rule form: the fields of {@link Rule}'s match and actions as text, checked as the user
 * types (regexes included) so the error shows at once and a rule that cannot work is never saved.
 */
public final class RuleFormViewModel {
    final StringProperty name = new SimpleStringProperty("");
    final BooleanProperty enabled = new SimpleBooleanProperty(true);
    final StringProperty source = new SimpleStringProperty("");
    final StringProperty category = new SimpleStringProperty("");
    final StringProperty namePattern = new SimpleStringProperty("");
    final BooleanProperty ignoreCase = new SimpleBooleanProperty(true);
    final StringProperty tvgId = new SimpleStringProperty("");
    final StringProperty group = new SimpleStringProperty("");
    final BooleanProperty hide = new SimpleBooleanProperty(false);
    final StringProperty renameFind = new SimpleStringProperty("");
    final StringProperty renameReplace = new SimpleStringProperty("");
    final StringProperty numberFrom = new SimpleStringProperty("");
    final StringProperty numberTo = new SimpleStringProperty("");
    final StringProperty shiftHours = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private Rule rule;

    /** A form for a new rule (null) or filled from {@code existing}. */
    public RuleFormViewModel(Rule existing) {
        if (existing != null) {
            Rule.Match m = existing.match();
            Rule.Actions a = existing.actions();
            name.set(existing.name());
            enabled.set(existing.enabled());
            source.set(text(m.source()));
            category.set(text(m.category()));
            namePattern.set(text(m.name()));
            ignoreCase.set(m.ignoreCase());
            tvgId.set(text(m.tvgId()));
            group.set(text(a.group()));
            hide.set(a.hide());
            renameFind.set(text(a.renameFind()));
            renameReplace.set(text(a.renameReplace()));
            numberFrom.set(text(a.numberFrom()));
            numberTo.set(text(a.numberTo()));
            shiftHours.set(text(a.shiftHours()));
        }
        List<Observable> all = List.of(name, enabled, source, category, namePattern, ignoreCase, tvgId, group, hide,
                renameFind, renameReplace, numberFrom, numberTo, shiftHours);
        all.forEach(p -> p.addListener(o -> validate()));
        validate();
    }

    private void validate() {
        try {
            rule = new Rule(name.get().strip(), enabled.get(),
                    new Rule.Match(opt(source), opt(category), optRaw(namePattern), ignoreCase.get(), opt(tvgId)),
                    new Rule.Actions(opt(group), hide.get(), optRaw(renameFind),
                            renameFind.get().isEmpty() ? null : renameReplace.get(),
                            integer(Texts.get("rule.ruleNumberFrom"), numberFrom), integer(Texts.get("rule.ruleNumberTo"), numberTo), hours()));
            error.set("");
        } catch (RuleException e) {
            rule = null;
            // The exception names the rule; the form shows what is wrong with it.
            String prefix = "rule '" + e.ruleName() + "': ";
            String m = e.getMessage();
            error.set(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
        } catch (IllegalArgumentException e) {
            rule = null;
            error.set(e.getMessage());
        }
    }

    /** The rule as entered, or null while the form has an error. */
    public Rule rule() {
        return rule;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    private static String opt(StringProperty p) {
        String s = p.get().strip();
        return s.isEmpty() ? null : s;
    }

    /** Patterns are kept as typed: a leading or trailing space may be meant. */
    private static String optRaw(StringProperty p) {
        return p.get().isEmpty() ? null : p.get();
    }

    private static Integer integer(String what, StringProperty p) {
        String s = p.get().strip();
        try {
            return s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("rule.error.notWhole", what, s), e);
        }
    }

    private Double hours() {
        String s = shiftHours.get().strip();
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("rule.error.notHours", s), e);
        }
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }
}
