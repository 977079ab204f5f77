package dev.lineup.model;

import java.util.Objects;

/**
 * One channel placed in a layout. {@code sourceKey} ties it to a provider channel (see
 * {@link ChannelKey}); every other field is the user's edit, and {@code null} means "as the source
 * has it". {@code guideChannel} is the XMLTV channel id whose programmes this channel shows;
 * {@code shiftHours} moves those programmes (may be fractional or negative).
 */
public record LayoutChannel(String sourceKey, String name, Integer number, String logo, String tvgId,
                            String guideChannel, double shiftHours, boolean hidden,
                            boolean catchupPassthrough) {
    public LayoutChannel {
        Objects.requireNonNull(sourceKey, "sourceKey");
    }

    public static LayoutChannel of(String sourceKey, String name) {
        return new LayoutChannel(sourceKey, name, null, null, null, null, 0, false, true);
    }

    public LayoutChannel withName(String v) {
        return new LayoutChannel(sourceKey, v, number, logo, tvgId, guideChannel, shiftHours, hidden, catchupPassthrough);
    }

    public LayoutChannel withNumber(Integer v) {
        return new LayoutChannel(sourceKey, name, v, logo, tvgId, guideChannel, shiftHours, hidden, catchupPassthrough);
    }

    public LayoutChannel withLogo(String v) {
        return new LayoutChannel(sourceKey, name, number, v, tvgId, guideChannel, shiftHours, hidden, catchupPassthrough);
    }

    public LayoutChannel withTvgId(String v) {
        return new LayoutChannel(sourceKey, name, number, logo, v, guideChannel, shiftHours, hidden, catchupPassthrough);
    }

    public LayoutChannel withGuideChannel(String v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, v, shiftHours, hidden, catchupPassthrough);
    }

    public LayoutChannel withShiftHours(double v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel, v, hidden, catchupPassthrough);
    }

    public LayoutChannel withHidden(boolean v) {
        return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel, shiftHours, v, catchupPassthrough);
    }
}
