package dev.lineup.ui.layouteditor;

import dev.lineup.model.LayoutChannel;

/**
 * One row of the channel table: a channel, where it sits (group index and position, for drops and
 * edits) and the flags its row style shows.
 */
public record ChannelRow(LayoutChannel channel, int groupIndex, int channelIndex, String group,
                         boolean duplicateNumber, boolean removedByProvider, boolean hidden) {
    public String key() {
        return channel.sourceKey();
    }
}
