package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.service.publish.StoreTokenStore;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code target login}: the printed address, opened by a simulated browser, signs the target in. */
class TargetLoginCliTest {
    @TempDir
    Path tmp;

    /** stderr that acts like a user: opens the first printed http address in a "browser". */
    static final class BrowsingUser extends Writer {
        final StringWriter seen = new StringWriter();
        CompletableFuture<Integer> visit;

        @Override
        public synchronized void write(char[] buf, int off, int len) {
            seen.write(buf, off, len);
            String url = seen.toString().lines().filter(l -> l.startsWith("http")).findFirst().orElse(null);
            if (url != null && visit == null && seen.toString().endsWith("\n")) {
                visit = CompletableFuture.supplyAsync(() -> {
                    try (Response r = new OkHttpClient().newCall(new Request.Builder().url(url).build()).execute()) {
                        return r.code();
                    } catch (IOException e) {
                        return -1;
                    }
                });
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void loginPrintsTheSignInAddressAndStoresRefreshableTokensThatPublish() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            fake.signInAs("Ann Example");
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString());
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            assertThat(ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV", "--app-key", "app1"))
                    .out()).contains("not signed in yet; sign in: lineup --data-dir " + data + " target login box");

            CommandLine cl = LineupCommand.commandLine(Env.overlay(env));
            StringWriter out = new StringWriter();
            BrowsingUser user = new BrowsingUser();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(user, true));
            int code = cl.execute("--data-dir", data.toString(), "target", "login", "box");
            assertThat(code).as(user.seen.toString()).isZero();
            assertThat(user.seen.toString()).startsWith("lineup: open this address in a browser to sign in");
            assertThat(user.visit).as("the address was opened").isNotNull();
            assertThat(user.visit.get(10, java.util.concurrent.TimeUnit.SECONDS)).as("the browser got its page").isEqualTo(200);
            assertThat(out.toString()).contains("signed in: target \"box\" (dropbox /IPTV)");

            OAuthTokens tokens;
            try (Workspace ws = Workspace.open(data, null, m -> { })) {
                tokens = new StoreTokenStore(ws.store().secrets()).get("box").orElseThrow();
            }
            assertThat(tokens.canRefresh()).isTrue();
            assertThat(user.seen.toString() + out).doesNotContain(tokens.accessToken()).doesNotContain(tokens.refreshToken());
            ok(run(data, env, "publish", "--target", "box"));
            assertThat(fake.content("/IPTV/family.m3u")).isPresent();
        }
    }
}
