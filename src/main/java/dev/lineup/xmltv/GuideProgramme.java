package dev.lineup.xmltv;

import java.time.Instant;
import java.util.Objects;

/** A programme as a preview shows it: its first title and its absolute start and stop (stop may be null). */
public record GuideProgramme(String title, Instant start, Instant stop) {
    public GuideProgramme {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
    }
}
