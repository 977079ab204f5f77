package dev.lineup.store;

import dev.lineup.model.SourceCategory;
import dev.lineup.model.XtreamAccount;
import java.time.Instant;
import java.util.List;

/**
 * Everything one refresh writes, applied by {@link ChannelStore#applyRefresh} in one transaction.
 * {@code writes} hands over, in provider order, the channels to update (carrying the matched stored id;
 * removed rows are revived) and the channels to insert (new ids); it is walked once, inside the
 * transaction, so a refresh never holds every channel of a big source at once. {@code removeIds} are
 * marked "removed by provider" at {@code at}; rows removed before {@code purgeBefore} are deleted.
 * {@code categories} replace the source's list, keeping each category's enabled flag by (kind, name).
 */
public record RefreshChanges(long sourceId, Instant at, ChannelWrites writes, long[] removeIds, Instant purgeBefore,
                             List<SourceCategory> categories, XtreamAccount account) {

    /** The channel rows of a refresh, produced while the store writes them. */
    @FunctionalInterface
    public interface ChannelWrites {
        /** Calls {@code to} once per changed or new channel, in provider order. */
        void writeTo(ChannelWriter to);
    }

    /** Where {@link ChannelWrites} puts each row. */
    public interface ChannelWriter {
        /** Rewrites the stored row {@code channel.channel().id()} with this content (and revives it). */
        void update(IncomingChannel channel);

        /** Adds a new row for a channel no stored one matched. */
        void insert(IncomingChannel channel);
    }
}
