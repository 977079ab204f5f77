package dev.lineup.model;

import java.util.List;
import java.util.Locale;

/**
 * What a published channel tells players about catch-up (watching past programmes). {@link Mode#PROVIDER}
 * keeps the provider's {@code catchup*} attributes as they are; {@link Mode#OFF} removes them;
 * {@link Mode#ON} writes {@code catchup} (the type; the provider's, else {@code default}), and
 * {@code catchup-days} / {@code catchup-source} where given (the provider's otherwise).
 */
public record Catchup(Mode mode, Integer days, String type, String source) {
    /** The catch-up types players know (Kodi IPTV Simple, TiviMate). */
    public static final List<String> TYPES = List.of("default", "append", "shift", "flussonic", "flussonic-hls",
            "flussonic-ts", "fs", "xc", "vod");
    public static final int MAX_DAYS = 90;

    public static final Catchup PROVIDER = new Catchup(Mode.PROVIDER, null, null, null);
    public static final Catchup OFF = new Catchup(Mode.OFF, null, null, null);

    public enum Mode {
        PROVIDER, OFF, ON;

        /** As the layout file and the command line write it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The mode of a word ("provider", "off", "on"), or null. */
        public static Mode of(String word) {
            for (Mode m : values()) {
                if (m.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return m;
                }
            }
            return null;
        }
    }

    public Catchup {
        if (mode == null) {
            throw new IllegalArgumentException("catch-up needs a mode");
        }
        if (mode != Mode.ON) {
            days = null;
            type = null;
            source = null;
        }
        type = type == null || type.isBlank() ? null : type.strip();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public static Catchup on(Integer days, String type, String source) {
        return new Catchup(Mode.ON, days, type, source);
    }

    /** Why this catch-up cannot be published, in words, or null when it can. */
    public String problem() {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            return "catch-up days " + days + " is not between 1 and " + MAX_DAYS;
        }
        if (type != null && !TYPES.contains(type)) {
            return "catch-up type \"" + type + "\" is not one of " + String.join(", ", TYPES);
        }
        return null;
    }

    /** Plain words for the editor: "as the provider has it", "off", "on, 7 days (xc)". */
    public String describe() {
        return switch (mode) {
            case PROVIDER -> "as the provider has it";
            case OFF -> "off";
            case ON -> "on" + (days == null ? "" : ", " + days + (days == 1 ? " day" : " days"))
                    + (type == null ? "" : " (" + type + ")");
        };
    }
}
