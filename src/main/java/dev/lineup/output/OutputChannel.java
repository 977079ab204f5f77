package dev.lineup.output;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.model.LayoutChannel;

/** A layout channel resolved to the provider entry it plays, with the group it is published in. */
public record OutputChannel(String group, LayoutChannel edit, M3uEntry source) {

    /** Display name: the user's, else the provider's. */
    public String displayName() {
        return edit.name() != null ? edit.name() : source.name();
    }

    /** The guide channel id whose programmes this channel shows, or null when it has none. */
    public String guideSourceId() {
        return edit.guideChannel() != null ? edit.guideChannel() : blankToNull(source.tvgId());
    }

    /**
     * The id written as {@code tvg-id} and as the published guide's channel id: the user's tvg-id,
     * else the guide channel mapped, else the provider's.
     */
    public String outputGuideId() {
        if (edit.tvgId() != null) {
            return edit.tvgId();
        }
        return guideSourceId();
    }

    public String logo() {
        return edit.logo() != null ? edit.logo() : blankToNull(source.tvgLogo());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
