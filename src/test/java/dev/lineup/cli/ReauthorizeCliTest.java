package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Signing in again from the command line after the provider revoked the sign-in, for every way a target
 * can be signed in: a pasted access token (no app key: a new token, never a dead end), a refresh token,
 * and the browser sign-in with an app key. Each time the printed advice is the command that fixes it,
 * {@code target list} stops saying "signed in" once the provider refused, and the next publish succeeds.
 */
class ReauthorizeCliTest {
    @TempDir
    Path tmp;

    private static CliRun publish(Path data, Map<String, String> env, String target, String... secrets) {
        CliRun r = run(data, env, "publish", "--target", target);
        for (String s : secrets) {
            assertThat(r.out() + r.err()).doesNotContain(s);
        }
        return r;
    }

    @Test
    void aRevokedPastedDropboxTokenIsReplacedByANewTokenAndTheNextPublishSucceeds() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            String old = fake.newAccessToken("Fake User");
            Map<String, String> env = new HashMap<>(Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_TOKEN", old));
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--access-token-env", "BOX_TOKEN"));
            assertThat(ok(run(data, env, "target", "list")).out()).contains("box\tdropbox\t/IPTV  signed in; last sign-in check: none yet");
            ok(publish(data, env, "box", old));
            assertThat(ok(run(data, env, "target", "list")).out()).containsPattern("/IPTV  signed in; last sign-in check: ok at \\S+Z \\(published\\)");

            fake.revokeToken(old); // the user removed the app's access at Dropbox
            CliRun refused = publish(data, env, "box", old);
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.firstErrLine()).startsWith("Revoked: ");
            String login = "lineup --data-dir " + data + " target login box";
            assertThat(refused.err()).contains("  - Sign in again: " + login + " (it asks for a new access token");
            assertThat(ok(run(data, env, "target", "list")).out()).as("no longer claims to be signed in")
                    .containsPattern("/IPTV  sign-in refused; last sign-in check: FAILED at \\S+Z \\(Revoked\\); sign in again: ")
                    .contains(login).doesNotContain("  signed in");

            CliRun noTerminal = run(data, env, "target", "login", "box");
            assertThat(noTerminal.code()).as("no app key and no terminal to paste into: say how").isEqualTo(1);
            assertThat(noTerminal.firstErrLine()).startsWith("error: target \"box\" was added with a token and has no app key")
                    .endsWith(login + " --access-token-env VAR").doesNotContain("BadRequest");

            String fresh = fake.newAccessToken("Fake User");
            env.put("NEW_TOKEN", fresh);
            CliRun login2 = ok(run(data, env, "target", "login", "box", "--access-token-env", "NEW_TOKEN"));
            assertThat(login2.out()).contains("signed in: target \"box\" (dropbox /IPTV); new access token stored")
                    .doesNotContain(fresh);
            CliRun again = ok(publish(data, env, "box", fresh, old));
            assertThat(again.out()).contains("published Family to \"box\"");
            assertThat(fake.content("/IPTV/family.m3u")).isPresent();
            assertThat(ok(run(data, env, "target", "list")).out()).contains("/IPTV  signed in; last sign-in check: ok at ");
        }
    }

    @Test
    void aRevokedRefreshTokenIsReplacedFromTheEnvironmentOrByTheBrowserSignIn() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            FakeDropbox.Tokens ann = fake.newRefreshableTokens("Ann Example", "app-key");
            Map<String, String> env = new HashMap<>(Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_REFRESH", ann.refreshToken()));
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--app-key", "app-key",
                    "--refresh-token-env", "BOX_REFRESH"));
            ok(publish(data, env, "box", ann.refreshToken()));

            fake.revokeRefreshToken(ann.refreshToken());
            CliRun refused = publish(data, env, "box", ann.refreshToken());
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.firstErrLine()).matches("(Revoked|AuthExpired): .*");
            assertThat(refused.err()).contains("  - Sign in again: lineup --data-dir " + data + " target login box\n");

            FakeDropbox.Tokens renewed = fake.newRefreshableTokens("Ann Example", "app-key");
            env.put("NEW_REFRESH", renewed.refreshToken());
            ok(run(data, env, "target", "login", "box", "--refresh-token-env", "NEW_REFRESH"));
            ok(publish(data, env, "box", renewed.refreshToken()));

            fake.revokeRefreshToken(renewed.refreshToken());
            assertThat(publish(data, env, "box").code()).isEqualTo(3);
            fake.signInAs("Ann Example"); // approves in the browser the command prints the address for
            CommandLine cl = LineupCommand.commandLine(Env.overlay(env));
            StringWriter out = new StringWriter();
            TargetLoginCliTest.BrowsingUser user = new TargetLoginCliTest.BrowsingUser();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(user, true));
            assertThat(cl.execute("--data-dir", data.toString(), "target", "login", "box")).as(user.seen.toString()).isZero();
            assertThat(user.visit.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            CliRun again = ok(publish(data, env, "box")); // the lease alone needs a working sign-in
            assertThat(again.out()).contains("published Family to \"box\"");
        }
    }

    @Test
    void aRevokedPastedDriveTokenIsReplacedAndTheNextPublishSucceeds() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            DriveStore.Account office = new DriveStore.Account("Office", "office@example.com");
            FakeOAuth.Tokens tokens = fake.oauth().issue(office);
            Map<String, String> env = new HashMap<>(Map.of("LINEUP_GDRIVE_ROOT_URL", fake.rootUrl(),
                    "DRIVE_TOKEN", tokens.accessToken()));
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            ok(run(data, env, "target", "add", "gdrive", "drive", "--folder", "Lineup", "--access-token-env", "DRIVE_TOKEN"));
            ok(publish(data, env, "drive", tokens.accessToken()));

            fake.oauth().revokeEverything();
            CliRun refused = publish(data, env, "drive", tokens.accessToken());
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.firstErrLine()).matches("(Revoked|AuthExpired): .*");
            assertThat(refused.err()).contains("target login drive (it asks for a new access token");
            assertThat(ok(run(data, env, "target", "list")).out()).contains("drive\tgdrive\tLineup  sign-in refused");

            fake.oauth().registerAccessToken("ya29.fresh-token", office);
            env.put("NEW_TOKEN", "ya29.fresh-token");
            ok(run(data, env, "target", "login", "drive", "--access-token-env", "NEW_TOKEN"));
            CliRun again = ok(publish(data, env, "drive", "ya29.fresh-token"));
            assertThat(again.out()).contains("published Family to \"drive\"");
            assertThat(ok(run(data, env, "target", "list")).out()).contains("drive\tgdrive\tLineup  signed in; last sign-in check: ok");
        }
    }
}
