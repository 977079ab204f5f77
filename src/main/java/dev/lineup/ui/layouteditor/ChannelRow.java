package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ProviderResets;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.ProviderFields;

/**
 * One row of the channel table: a channel, where it sits (group index and position, for drops and
 * edits), the flags its row style shows, and what its provider gives it ({@code provider}, null when
 * the provider entry is gone), so the row shows the values that get published.
 */
public record ChannelRow(LayoutChannel channel, int groupIndex, int channelIndex, String group,
                         boolean duplicateNumber, boolean removedByProvider, boolean hidden, ProviderFields provider) {
    public String key() {
        return channel.sourceKey();
    }

    /** The number the channel is published with: the user's, else the provider's. */
    public Integer number() {
        return ProviderFields.effectiveNumber(channel, provider);
    }

    /** True when the published value of {@code field} comes from the provider, not from the user. */
    public boolean fromProvider(ProviderResets.Field field) {
        return ProviderResets.isProviders(channel, field, provider)
                && (field != ProviderResets.Field.NUMBER || provider.number() != null);
    }
}
