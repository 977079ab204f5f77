package dev.lineup.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One rule of a layout: which new provider channels it matches and what it does to them. See
 * {@link RuleEngine} for how a list of rules is applied. Patterns are checked when the rule is made,
 * so a stored rule with a bad regex fails on load, naming the rule, not at the next refresh.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rule(String name, boolean enabled, Match match, Actions actions) {
    public Rule {
        if (name == null || name.isBlank()) {
            throw new RuleException("(unnamed)", "a rule needs a name");
        }
        match = match == null ? Match.ANY : match;
        actions = actions == null ? Actions.NONE : actions;
        check(name, match, actions);
    }

    /**
     * What a new channel must have; null fields match anything, so a rule without criteria catches
     * every channel. {@code source}, {@code category} and {@code tvgId} compare whole values, ignoring
     * case; {@code name} is a regular expression found anywhere in the provider's name, case-insensitive
     * when {@code ignoreCase} (which also applies to the rename pattern).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String source, String category, String name, boolean ignoreCase, String tvgId) {
        public static final Match ANY = new Match(null, null, null, false, null);
    }

    /**
     * What happens to a matched channel. {@code group} places it (the group is created if missing);
     * {@code hide} publishes it hidden; {@code renameFind}/{@code renameReplace} is a regex replace on
     * its name ({@code $1} allowed); {@code numberFrom}..{@code numberTo} gives it the lowest free
     * number in that range; {@code shiftHours} shifts its guide.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actions(String group, boolean hide, String renameFind, String renameReplace, Integer numberFrom,
                          Integer numberTo, Double shiftHours) {
        public static final Actions NONE = new Actions(null, false, null, null, null, null, null);
    }

    public static Rule of(String name, Match match, Actions actions) {
        return new Rule(name, true, match, actions);
    }

    Pattern namePattern() {
        return match.name() == null ? null : Pattern.compile(match.name(), flags());
    }

    Pattern renamePattern() {
        return actions.renameFind() == null ? null : Pattern.compile(actions.renameFind(), flags());
    }

    boolean matches(SourceChannelRef c, Pattern namePattern) {
        return same(match.source(), c.source()) && same(match.category(), c.group()) && same(match.tvgId(), c.tvgId())
                && (namePattern == null || namePattern.matcher(c.name()).find());
    }

    private int flags() {
        return match.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    }

    private static boolean same(String want, String have) {
        return want == null || (have != null && want.strip().toLowerCase(Locale.ROOT)
                .equals(have.strip().toLowerCase(Locale.ROOT)));
    }

    private static void check(String name, Match m, Actions a) {
        int flags = m.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0;
        compile(name, "name pattern", m.name(), flags);
        compile(name, "rename pattern", a.renameFind(), flags);
        if (a.renameReplace() != null && a.renameFind() == null) {
            throw new RuleException(name, "renameReplace needs renameFind");
        }
        if (a.group() != null && a.group().isBlank()) {
            throw new RuleException(name, "group must not be blank");
        }
        if ((a.numberFrom() == null) != (a.numberTo() == null)) {
            throw new RuleException(name, "a number range needs both numberFrom and numberTo");
        }
        if (a.numberFrom() != null && (a.numberFrom() < 0 || a.numberFrom() > a.numberTo())) {
            throw new RuleException(name, "number range " + a.numberFrom() + ".." + a.numberTo()
                    + " must be ascending and not negative");
        }
        if (a.shiftHours() != null && !(Math.abs(a.shiftHours()) <= 24)) {
            throw new RuleException(name, "shiftHours must be between -24 and 24: " + a.shiftHours());
        }
    }

    private static void compile(String rule, String what, String regex, int flags) {
        if (regex == null) {
            return;
        }
        try {
            Objects.requireNonNull(Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
            throw new RuleException(rule, "invalid " + what + " '" + regex + "': " + e.getDescription());
        }
    }
}
