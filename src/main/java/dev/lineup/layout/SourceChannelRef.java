package dev.lineup.layout;

import java.util.Objects;

/**
 * A provider channel as the editor and the rules see it: its stable key (see
 * {@link dev.lineup.model.ChannelKey}), the source it comes from, and what the provider calls it.
 * {@code source}, {@code group}, {@code tvgId} and {@code logo} may be null.
 */
public record SourceChannelRef(String sourceKey, String source, String name, String group, String tvgId,
                               String logo) {
    public SourceChannelRef {
        Objects.requireNonNull(sourceKey, "sourceKey");
        name = name == null ? "" : name;
    }

    /** A channel whose source name does not matter (the editor's drag-from-source-browser case). */
    public SourceChannelRef(String sourceKey, String name, String group, String tvgId, String logo) {
        this(sourceKey, null, name, group, tvgId, logo);
    }
}
