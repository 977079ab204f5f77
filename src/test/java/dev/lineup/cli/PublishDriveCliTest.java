package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI publishing through the real Drive SDK to the fake, pointed at it by LINEUP_GDRIVE_ROOT_URL. */
class PublishDriveCliTest {
    @TempDir
    Path tmp;

    @Test
    void aRefreshTokenFromTheEnvironmentPublishesToADriveFolder() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            FakeOAuth.Tokens tokens = fake.oauth().issue(new DriveStore.Account("Office", "office@example.com"));
            Map<String, String> env = Map.of("LINEUP_GDRIVE_ROOT_URL", fake.rootUrl(), "DRIVE_RT", tokens.refreshToken());
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            CliRun add = ok(run(data, env, "target", "add", "gdrive", "drive", "--folder", "Lineup",
                    "--refresh-token-env", "DRIVE_RT", "--client-id", "lineup-test"));
            assertThat(add.out()).doesNotContain(tokens.refreshToken());
            CliRun r = ok(run(data, env, "publish", "Family", "--target", "drive"));
            assertThat(r.out() + r.err()).doesNotContain(tokens.refreshToken()).doesNotContain(tokens.accessToken());
            assertThat(r.out()).containsPattern("family\\.m3u\t\\d+ bytes\tuploaded\thttp://127\\.0\\.0\\.1:\\d+/\\S*uc\\?");
            assertThat(fake.file("Lineup", "family.m3u")).hasValueSatisfying(f ->
                    assertThat(new String(f.content())).contains("Two News"));
            assertThat(fake.file("Lineup", "lineup-manifest.json")).isPresent();

            CliRun noClient = run(data, env, "target", "add", "gdrive", "d2", "--folder", "X", "--refresh-token-env", "DRIVE_RT");
            assertThat(noClient.code()).isEqualTo(1);
            assertThat(noClient.firstErrLine()).startsWith("error: --refresh-token-env needs --client-id");
        }
    }
}
