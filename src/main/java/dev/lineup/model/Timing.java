package dev.lineup.model;

/**
 * Time shift and catch-up as set at one level of a layout (a channel, a group, a source, the whole
 * playlist). A null field means "as the next level says"; see {@link LayoutTiming#effective} for the
 * order. {@code shiftHours} moves the channel's guide programmes (may be fractional or negative).
 */
public record Timing(Double shiftHours, Catchup catchup) {
    /** Nothing set here. */
    public static final Timing INHERIT = new Timing(null, null);

    public static Timing of(Double shiftHours, Catchup catchup) {
        return shiftHours == null && catchup == null ? INHERIT : new Timing(shiftHours, catchup);
    }

    public boolean inherits() {
        return shiftHours == null && catchup == null;
    }

    /** This level's values, the ones of {@code below} where this level sets none. */
    public Timing over(Timing below) {
        if (below == null || below.inherits()) {
            return this;
        }
        return of(shiftHours != null ? shiftHours : below.shiftHours, catchup != null ? catchup : below.catchup);
    }

    public Timing withShiftHours(Double v) {
        return of(v, catchup);
    }

    public Timing withCatchup(Catchup v) {
        return of(shiftHours, v);
    }

    /** The shift in hours, 0 when none is set. */
    public double shiftOrZero() {
        return shiftHours == null ? 0 : shiftHours;
    }

    /** Hours as the editor, the command line and derived guide ids show them: "2", "1.5", "-0.5". */
    public static String hoursText(double h) {
        return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
    }

    /** The first problem of these values, in words, or null. */
    public String problem() {
        String p = shiftHours == null ? null : LayoutValues.shiftProblem(shiftHours);
        return p != null || catchup == null ? p : catchup.problem();
    }
}
