package dev.lineup.service.library;

import dev.lineup.model.SourceKind;
import dev.lineup.model.XtreamAccount;
import java.time.Instant;

/**
 * A source as the Sources screen lists it. {@code location} is redacted (no credentials); the password
 * is never part of it. {@code channels}/{@code removed} are playlist channels, or guide channels for a
 * guide source. {@code account} is set for Xtream sources once refreshed.
 */
public record SourceInfo(String name, SourceKind kind, String location, String username, int channels, int removed,
                         int categories, Instant lastRefresh, String lastStatus, XtreamAccount account,
                         boolean ignoreVod, boolean ignoreSeries) {
    public boolean failed() {
        return lastStatus != null && !"ok".equals(lastStatus);
    }
}
