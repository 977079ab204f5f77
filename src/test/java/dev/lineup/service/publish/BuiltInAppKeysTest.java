package dev.lineup.service.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.service.common.StandardProviders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app key / client id "Connect" signs in with: the build's (empty in this test build, as in a plain
 * {@code mvn package}), overridden by the provider's environment variable; a local folder has none.
 */
class BuiltInAppKeysTest {
    @Test
    void theEnvironmentNamesTheKeyPerProviderAndABlankOneIsNone() {
        Env env = Env.overlay(Map.of("LINEUP_DROPBOX_APP_KEY", " dist-key ", "LINEUP_GDRIVE_CLIENT_ID", ""));
        assertThat(BuiltInAppKeys.of("dropbox", env)).contains("dist-key");
        assertThat(BuiltInAppKeys.of("gdrive", env)).as("blank, and the test build carries none").isEmpty();
        assertThat(BuiltInAppKeys.of("local", env)).isEmpty();
        assertThat(BuiltInAppKeys.envName(StandardProviders.registry().get("gdrive"))).isEqualTo("LINEUP_GDRIVE_CLIENT_ID");
    }
}
