package dev.lineup.service.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.model.TargetConfig;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The settings JSON of a {@link TargetConfig}: the folder ({@code /PATH} on Dropbox, a folder name in
 * Google Drive, a directory on disk), the app key / client id used to sign in and refresh, and an
 * optional API base URL (a fake or a proxy; the environment variables of DESIGN.md win over it).
 * Tokens are never here: they are secrets ({@link StoreTokenStore}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetSettings(String folder, String clientId, String baseUrl) {
    public static final String LOCAL = "local";
    public static final String DROPBOX = "dropbox";
    public static final String GDRIVE = "gdrive";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static TargetSettings of(TargetConfig config) {
        try {
            return MAPPER.readValue(config.configJson(), TargetSettings.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("target '" + config.name() + "' has unreadable settings: "
                    + e.getMessage(), e);
        }
    }

    public TargetSettings withFolder(String newFolder) {
        return new TargetSettings(newFolder, clientId, baseUrl);
    }

    public TargetConfig toConfig(String name, String kind) {
        try {
            return new TargetConfig(name, kind, MAPPER.writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
