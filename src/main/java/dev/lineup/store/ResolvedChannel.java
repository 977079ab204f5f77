package dev.lineup.store;

import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.SourceChannel;

/**
 * A layout channel joined with the provider channel it points to, ready to render. {@code source}
 * is null when the key resolves to nothing (channel purged, source deleted); its {@code url} is the
 * playable URL (Xtream URLs built with the stored password). The effective values apply the user's
 * edit over the provider's, as {@link LayoutChannel} documents ({@code null} = as the source has it).
 */
public record ResolvedChannel(LayoutGroup group, LayoutChannel edit, SourceChannel source) {

    public boolean resolved() {
        return source != null;
    }

    /** True when the provider no longer lists the channel (kept with its edits for the keep period). */
    public boolean removedByProvider() {
        return source != null && source.removed();
    }

    public String name() {
        return edit.name() != null ? edit.name() : source == null ? null : source.name();
    }

    public String logo() {
        return edit.logo() != null ? edit.logo() : source == null ? null : source.logo();
    }

    public String tvgId() {
        return edit.tvgId() != null ? edit.tvgId() : source == null ? null : source.tvgId();
    }

    /** The guide channel id whose programmes the channel shows: the mapping, else its tvg-id. */
    public String guideChannel() {
        return edit.guideChannel() != null ? edit.guideChannel() : tvgId();
    }

    /** The number it is published with: the user's, else the provider's {@code tvg-chno}. */
    public Integer number() {
        return dev.lineup.model.ProviderFields.effectiveNumber(edit,
                source == null ? null : dev.lineup.model.ProviderFields.of(source));
    }

    public String url() {
        return source == null ? null : source.url();
    }
}
