package dev.lineup.layout;

/** A rule that cannot work as written (bad regex, half a number range...), naming the rule. */
public class RuleException extends LayoutEditException {
    private final String ruleName;

    public RuleException(String ruleName, String message) {
        super("rule '" + ruleName + "': " + message);
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }
}
