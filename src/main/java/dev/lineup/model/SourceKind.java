package dev.lineup.model;

import java.util.Locale;

/** What a source is: an M3U playlist (file or URL), an Xtream Codes account, or an XMLTV guide. */
public enum SourceKind {
    M3U, XTREAM, EPG;

    /** The lower-case word used on the command line and in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind fromWord(String w) {
        return valueOf(w.toUpperCase(Locale.ROOT));
    }
}
