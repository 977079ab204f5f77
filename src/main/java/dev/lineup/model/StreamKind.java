package dev.lineup.model;

import java.util.Locale;

/** Kind of a provider entry: a live channel, a film (VOD) or a series. */
public enum StreamKind {
    LIVE, VOD, SERIES;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StreamKind fromWord(String w) {
        return valueOf(w.toUpperCase(Locale.ROOT));
    }

    /**
     * Guesses the kind of a playlist entry from its URL: Xtream-style {@code /movie/} and
     * {@code /series/} paths are VOD and series, everything else is live.
     */
    public static StreamKind ofUrl(String url) {
        if (url == null) {
            return LIVE;
        }
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("/movie/")) {
            return VOD;
        }
        return u.contains("/series/") ? SERIES : LIVE;
    }
}
