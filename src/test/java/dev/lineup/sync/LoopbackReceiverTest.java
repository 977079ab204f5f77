package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The loopback page a browser lands on after a sign-in: what it echoes, and which answers it accepts. */
class LoopbackReceiverTest {
    private final HttpClient browser = HttpClient.newHttpClient();

    private HttpResponse<String> visit(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aScriptInTheErrorParameterIsShownAsTextNeverRunAsMarkup() throws Exception {
        try (LoopbackReceiver r = new LoopbackReceiver("Dropbox", "s1")) {
            String script = "<script>alert(document.cookie)</script>";
            HttpResponse<String> page = visit(r.redirectUri() + "?state=s1&error="
                    + URLEncoder.encode(script, StandardCharsets.UTF_8));

            assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
            SyncException e = catchThrowableOfType(SyncException.class, () -> r.awaitCode(Duration.ofSeconds(5)));
            assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
        }
    }

    @Test
    void anAnswerWithAnotherStateIsIgnoredAndTheRightOneIsStillAccepted() throws Exception {
        try (LoopbackReceiver r = new LoopbackReceiver("Google Drive", "the-state")) {
            HttpResponse<String> forged = visit(r.redirectUri() + "?state=other&code=attacker-code");
            HttpResponse<String> real = visit(r.redirectUri() + "?state=the-state&code=real-code");

            assertThat(forged.statusCode()).isEqualTo(400);
            assertThat(real.statusCode()).isEqualTo(200);
            assertThat(r.awaitCode(Duration.ofSeconds(5))).isEqualTo("real-code");
        }
    }

    @Test
    void aStateMismatchWithAScriptIsNotEchoedEither() throws Exception {
        try (LoopbackReceiver r = new LoopbackReceiver("Dropbox", "s1")) {
            HttpResponse<String> page = visit(r.redirectUri() + "?state=%3Cscript%3E&error=%3Cscript%3E");

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).doesNotContain("<script>");
        }
    }
}
