package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.HttpOptions;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.TargetPlace;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Google Drive target opened as the app opens it (through its provider) talks with the user's HTTP settings,
 * as the Dropbox and source clients do: some networks only let known user agents through.
 */
class DriveHttpSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void theUsersAgentReachesDriveAndItsTokenServer() throws Exception {
        try (DriveFixture drive = new DriveFixture()) {
            FakeOAuth.Tokens issued = drive.fake.oauth().issue(DriveFixture.OFFICE);
            MemoryTokenStore tokens = new MemoryTokenStore();
            // A stored refresh token: the first call fetches an access token from the token server.
            tokens.put("family drive", new OAuthTokens(issued.accessToken(), issued.refreshToken(), null,
                    DriveFixture.CLIENT_ID, null));
            HttpOptions mine = new HttpOptions("LivingRoomBox/2.0", Duration.ofSeconds(5), Duration.ofSeconds(30));
            Map<String, String> env = Map.of(DriveEndpoints.ROOT_URL_ENV, drive.fake.rootUrl());
            TargetPlace place = new TargetPlace("family drive", "IPTV", DriveFixture.CLIENT_ID, null, tokens,
                    name -> Optional.ofNullable(env.get(name)), null, mine);

            try (PublishTarget target = new DriveProvider().open(place)) {
                target.put("family.m3u", Files.writeString(tmp.resolve("family.m3u"), "#EXTM3U\n"));
            }

            assertThat(drive.fake.file("IPTV", "family.m3u")).isPresent();
            assertThat(drive.fake.oauth().calls()).as("the token was renewed")
                    .anySatisfy(call -> assertThat(call.grant()).isEqualTo("refresh_token"));
            assertThat(drive.fake.userAgents()).isNotEmpty()
                    .allSatisfy(agent -> assertThat(agent).startsWith("LivingRoomBox/2.0"));
        }
    }
}
