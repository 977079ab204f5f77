package dev.lineup.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A configured source. {@code location} is the playlist/guide file or URL, or the Xtream server,
 * always in redacted form (see {@link Redactor}); the real URL and any password live in the
 * secrets table. {@code ignoreVod}/{@code ignoreSeries} skip those entries at refresh.
 * {@code lastStatus} is "ok", or the redacted one-line error of the last failed refresh.
 */
public record Source(long id, String name, SourceKind kind, String location, String username,
                     boolean ignoreVod, boolean ignoreSeries, Instant lastRefresh, String lastStatus,
                     XtreamAccount account) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
