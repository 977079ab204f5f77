package dev.lineup.store;

import dev.lineup.model.SourceCategory;
import dev.lineup.model.XtreamAccount;
import java.time.Instant;
import java.util.List;

/**
 * Everything one refresh writes, applied by {@link SourceStore#applyRefresh} in one transaction.
 * {@code updates} carry the matched stored id (and revive removed rows); {@code inserts} get new ids;
 * {@code removeIds} are marked "removed by provider" at {@code at}; rows removed before
 * {@code purgeBefore} are deleted. {@code categories} replace the source's list, keeping each
 * category's enabled flag by (kind, name).
 */
public record RefreshChanges(long sourceId, Instant at, List<IncomingChannel> updates, List<IncomingChannel> inserts,
                             long[] removeIds, Instant purgeBefore, List<SourceCategory> categories,
                             XtreamAccount account) {
}
