package dev.lineup.model;

import java.util.Objects;

/** One {@code key="value"} attribute of a playlist entry, kept in the provider's order. */
public record SourceAttribute(String key, String value) {
    public SourceAttribute {
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
    }
}
