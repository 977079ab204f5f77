package dev.lineup.model;

import java.util.Objects;

/** A configured publish target: name, kind ({@code local}, {@code dropbox}, {@code gdrive}) and its settings as JSON. */
public record TargetConfig(String name, String kind, String configJson) {
    public TargetConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        configJson = configJson == null ? "{}" : configJson;
    }
}
