package dev.lineup.layout;

import dev.lineup.model.Catchup;
import dev.lineup.model.Timing;

/**
 * What a bulk "time shift and catch-up" edit does to one level's values: each of the two fields is
 * left as it is, cleared (the level then follows the one above), or set.
 *
 * @param shift   the new shift when {@code shiftAction} is SET
 * @param catchup the new catch-up when {@code catchupAction} is SET
 */
public record TimingChange(Action shiftAction, Double shift, Action catchupAction, Catchup catchup) {
    public enum Action { KEEP, CLEAR, SET }

    public TimingChange {
        if (shiftAction == Action.SET && shift == null || catchupAction == Action.SET && catchup == null) {
            throw new LayoutEditException("a value to set is missing");
        }
    }

    public static TimingChange shift(double hours) {
        return new TimingChange(Action.SET, hours, Action.KEEP, null);
    }

    public static TimingChange catchup(Catchup c) {
        return new TimingChange(Action.KEEP, null, Action.SET, c);
    }

    public boolean changesNothing() {
        return shiftAction == Action.KEEP && catchupAction == Action.KEEP;
    }

    public Timing apply(Timing t) {
        Double s = switch (shiftAction) {
            case KEEP -> t.shiftHours();
            case CLEAR -> null;
            case SET -> shift;
        };
        Catchup c = switch (catchupAction) {
            case KEEP -> t.catchup();
            case CLEAR -> null;
            case SET -> catchup;
        };
        return Timing.of(s, c);
    }

    /** The problem of the values set, in words, or null. */
    public String problem() {
        return new Timing(shiftAction == Action.SET ? shift : null, catchupAction == Action.SET ? catchup : null)
                .problem();
    }

    /** "time shift +2 h, catch-up on, 7 days" — for the Edit menu and the command line. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (shiftAction == Action.SET) {
            b.append("time shift ").append(hours(shift));
        } else if (shiftAction == Action.CLEAR) {
            b.append("time shift as set above");
        }
        if (catchupAction != Action.KEEP) {
            b.append(b.length() == 0 ? "" : ", ").append("catch-up ")
                    .append(catchupAction == Action.SET ? catchup.describe() : "as set above");
        }
        return b.toString();
    }

    /** "+2 h", "-0.5 h", "0 h". */
    public static String hours(double h) {
        return (h > 0 ? "+" : "") + Timing.hoursText(h) + " h";
    }
}
