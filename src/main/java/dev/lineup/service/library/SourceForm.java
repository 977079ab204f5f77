package dev.lineup.service.library;

import dev.lineup.model.SourceKind;
import java.util.Objects;

/**
 * What the user entered for a source. {@code location} is a playlist/guide file or URL, or the Xtream
 * server URL. {@code password} is only for Xtream; null when editing means "keep the stored one".
 */
public record SourceForm(SourceKind kind, String name, String location, String username, String password,
                         boolean ignoreVod, boolean ignoreSeries) {
    public SourceForm {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        location = location == null ? "" : location.strip();
        username = username == null || username.isBlank() ? null : username.strip();
    }

    /** Null when the form can be saved, else what is missing, in words for the user. */
    public String problem(boolean editing) {
        if (name.isEmpty()) {
            return "Give the source a name.";
        }
        if (location.isEmpty()) {
            return kind == SourceKind.XTREAM ? "Enter the server address, e.g. http://host:8080."
                    : "Choose a file or enter a URL.";
        }
        if (kind == SourceKind.XTREAM) {
            if (!location.matches("(?i)https?://.+")) {
                return "The server must be an http:// or https:// address.";
            }
            if (username == null) {
                return "Enter the user name.";
            }
            if (!editing && (password == null || password.isEmpty())) {
                return "Enter the password.";
            }
        }
        return null;
    }
}
