package dev.lineup.source;

import dev.lineup.task.Cancellation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.testing.JavaChild;
import dev.lineup.model.XtreamAccount;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Xtream panels answer absurd numbers, broken JSON and huge bodies; none of it may crash or leak. */
class XtreamHostileAnswersTest {
    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private XtreamClient client() {
        return new XtreamClient(new Fetcher(new OkHttpClient(), DownloadLimits.DEFAULTS), server.url("/").toString(),
                "bob", "hunter2", Cancellation.none());
    }

    @Test
    void anExpiryOfTwoToTheSixtyThreeAndElevenDigitConnectionsReadAsNeverAndUnknown() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"user_info\":{\"auth\":1,\"status\":\"Active\","
                + "\"exp_date\":\"9223372036854775807\",\"max_connections\":\"99999999999\",\"active_cons\":0},"
                + "\"server_info\":{\"timezone\":\"Europe/Paris\"}}").build());

        XtreamAccount a = client().account();

        assertThat(a.expiresAt()).isNull();
        assertThat(a.maxConnections()).isNull();
        assertThat(a.activeConnections()).isZero();
        assertThat(a.status()).isEqualTo("Active");
        assertThat(a.serverTimezone()).isEqualTo("Europe/Paris");
    }

    @Test
    void malformedJsonThatEchoesThePasswordIsReportedWithoutQuotingTheAnswer() {
        server.enqueue(new MockResponse.Builder().body("{\"user_info\":{\"password\":\"hunter2\",\"auth\":hunter2}}")
                .build());

        SourceFetchException e = catchThrowableOfType(SourceFetchException.class, () -> client().account());

        assertThat(e.getMessage()).contains("unreadable answer to login", "line 1").doesNotContain("hunter2");
    }

    @Test
    void aCategoryListThatIsNotJsonNamesTheActionNotTheBody() {
        server.enqueue(new MockResponse.Builder().body("<html>password=hunter2</html>").build());

        SourceFetchException e = catchThrowableOfType(SourceFetchException.class,
                () -> client().categories(dev.lineup.model.StreamKind.LIVE));

        assertThat(e.getMessage()).contains("get_live_categories").doesNotContain("hunter2");
    }

    @Test
    void a600MegabyteLoginAnswerIsReadInA256MegabyteHeap() throws Exception {
        try (HugeXtreamServer huge = new HugeXtreamServer(600L * 1024 * 1024);
             JavaChild child = JavaChild.start(XtreamLoginMain.class, huge.url())) {
            child.awaitLine("status=Active expires=null max=null");
            assertThat(child.waitFor(60)).isZero();
            assertThat(huge.bytesSent()).isGreaterThan(600L * 1024 * 1024);
        }
    }
}
