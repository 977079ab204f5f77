package dev.lineup.model;

import java.util.Objects;

/**
 * One channel placed in a layout. {@code sourceKey} ties it to a provider channel (see
 * {@link ChannelKey}); every other field is the user's edit, and {@code null} means "as the source
 * has it". {@code guideChannel} is the XMLTV channel id whose programmes this channel shows;
 * {@code timing} is the channel's own time shift and catch-up (fields null = as its group, source or
 * playlist says; see {@link LayoutTiming#effective}).
 */
public record LayoutChannel(String sourceKey, String name, Integer number, String logo, String tvgId,
                            String guideChannel, Timing timing, boolean hidden) {
    public LayoutChannel {
        Objects.requireNonNull(sourceKey, "sourceKey");
        timing = timing == null ? Timing.INHERIT : timing;
    }

    /**
     * The form from before levels existed: a shift of 0 and catch-up passed through both mean "as the
     * levels above say"; {@code catchupPassthrough} false is catch-up off.
     */
    public LayoutChannel(String sourceKey, String name, Integer number, String logo, String tvgId,
                         String guideChannel, double shiftHours, boolean hidden, boolean catchupPassthrough) {
        this(sourceKey, name, number, logo, tvgId, guideChannel,
                Timing.of(shiftHours == 0 ? null : shiftHours, catchupPassthrough ? null : Catchup.OFF), hidden);
    }

    public static LayoutChannel of(String sourceKey, String name) {
        return new LayoutChannel(sourceKey, name, null, null, null, null, Timing.INHERIT, false);
    }

    /** The channel's own shift in hours; 0 when it sets none (its group's or the playlist's may apply). */
    public double shiftHours() {
        return timing.shiftOrZero();
    }

    /** False when the channel itself turns catch-up off. */
    public boolean catchupPassthrough() {
        return timing.catchup() == null || timing.catchup().mode() != Catchup.Mode.OFF;
    }

    public LayoutChannel withSourceKey(String v) {
        return new LayoutChannel(v, name, number, logo, tvgId, guideChannel, timing, hidden);
    }

    public LayoutChannel withName(String v) {
        return new LayoutChannel(sourceKey, v, number, logo, tvgId, guideChannel, timing, hidden);
    }

    public LayoutChannel withNumber(Integer v) {
        return new LayoutChannel(sourceKey, name, v, logo, tvgId, guideChannel, timing, hidden);
    }

    public LayoutChannel withLogo(String v) {
        return new LayoutChannel(sourceKey, name, number, v, tvgId, guideChannel, timing, hidden);
    }

    public LayoutChannel withTvgId(String v) {
        return new LayoutChannel(sourceKey, name, number, logo, v, guideChannel, timing, hidden);
    }

    public LayoutChannel withGuideChannel(String v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, v, timing, hidden);
    }

    /** Sets the channel's own shift; 0 clears it (the levels above apply again). */
    public LayoutChannel withShiftHours(double v) {
        return withTiming(timing.withShiftHours(v == 0 ? null : v));
    }

    public LayoutChannel withTiming(Timing v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel, v, hidden);
    }

    public LayoutChannel withHidden(boolean v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel, timing, v);
    }
}
