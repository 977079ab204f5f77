package dev.lineup.xmltv;

import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Published channels that have programmes but no {@code <channel>} in any input. {@code tv_validate_file} rejects
 * a guide whose programme names a channel it does not describe, so {@link XmltvFilter} notes, in its first pass,
 * the channel of every programme (ids only: memory grows with channels, not programmes) and writes a
 * {@code <channel>} for each undescribed one after the real channels, named as the playlist names it.
 */
final class UndescribedChannels {
    /** The logger, set up on the first message: a render that logs nothing never starts the logging library. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(UndescribedChannels.class);
    }

    private final GuideFilter filter;
    private final Set<String> withProgrammes = new LinkedHashSet<>();
    /** The source id noted last: programmes come in runs of one channel. */
    private String last;

    UndescribedChannels(GuideFilter filter) {
        this.filter = filter;
    }

    /** Notes a programme of source channel {@code sourceId} (null: a programme without a channel, ignored). */
    void programmeOf(String sourceId) {
        if (sourceId == null || sourceId.equals(last)) {
            return;
        }
        last = sourceId;
        withProgrammes.addAll(filter.outputIds(sourceId));
    }

    /** Writes a channel for every noted id not in {@code written}, adding it there; returns how many. */
    int write(XmlSink sink, Set<String> written, String inputs) {
        int count = 0;
        for (String id : withProgrammes) {
            if (written.add(id)) {
                ChannelElement.undescribed(id).write(sink, id, filter.namesIfUndescribed(id), filter.icons(id));
                count++;
            }
        }
        if (count > 0) {
            Log.LOG.info("{}: {} channel(s) have programmes but no <channel> entry; wrote one for each, named as in "
                    + "the playlist", inputs, count);
        }
        return count;
    }
}
