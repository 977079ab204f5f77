package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailedRefreshChangesNothingTest {
    @TempDir
    Path dir;
    MockWebServer server;
    FakeProvider provider;
    RefreshFixture fx;
    final AtomicReference<MockResponse> override = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        provider = FakeProvider.generate(3000, 7);
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) throws InterruptedException {
                MockResponse o = override.get();
                if (o != null && "get_live_streams".equals(req.getUrl().queryParameter("action"))) {
                    return o;
                }
                if (req.getUrl().encodedPath().equals("/get.m3u")) {
                    return o != null ? o : new MockResponse.Builder().body(provider.m3u()).build();
                }
                return provider.xtream().dispatch(req);
            }
        });
        server.start();
        fx = new RefreshFixture(dir);
    }

    @AfterEach
    void stop() {
        fx.store.close();
        server.close();
    }

    @Test
    void aServerErrorHalfWayThroughAnXtreamRefreshLeavesEveryChannelAsItWas() throws Exception {
        Source src = xtream();
        List<SourceChannel> before = fx.store.channels().channels(src.id(), true);
        provider.renameEvery(2);
        override.set(new MockResponse.Builder().code(502).build());

        assertThatThrownBy(() -> fx.refresher.refresh(src, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class).hasMessageContaining("HTTP 502")
                .hasMessageNotContaining(provider.password);
        assertThat(fx.store.channels().channels(src.id(), true)).isEqualTo(before);
        Source after = fx.store.sources().get(src.id());
        assertThat(after.lastStatus()).startsWith("failed: HTTP 502").doesNotContain(provider.password);
    }

    @Test
    void truncatedJsonFromTheProviderIsReportedAndChangesNothing() throws Exception {
        Source src = xtream();
        List<SourceChannel> before = fx.store.channels().channels(src.id(), true);
        override.set(new MockResponse.Builder().body("[{\"num\":1,\"name\":\"A\",\"stream_id\":1},{\"num\":2,\"na").build());

        assertThatThrownBy(() -> fx.refresher.refresh(src, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class).hasMessageContaining("get_live_streams");
        assertThat(fx.store.channels().channels(src.id(), true)).isEqualTo(before);
    }

    @Test
    void cancellingWhileTheRefreshIsWritingRollsEverythingBack() throws Exception {
        Source src = fx.store.sources().add("P", SourceKind.M3U, server.url("/get.m3u").toString(), null, null, false,
                false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        List<SourceChannel> before = fx.store.channels().channels(src.id(), true);
        provider.renameEvery(1);
        provider.token = "new";
        Cancellation cancel = new Cancellation();

        assertThatThrownBy(() -> fx.refresher.refresh(src, (phase, done, total) -> {
            if (phase.equals("save") && done >= 1000) {
                cancel.cancel();
            }
        }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(fx.store.channels().channels(src.id(), true)).isEqualTo(before);
        assertThat(fx.store.sources().get(src.id()).lastStatus()).isEqualTo("cancelled");
    }

    @Test
    void aProviderAnsweringWithAnEmptyListDoesNotRemoveEveryChannel() throws Exception {
        Source src = fx.store.sources().add("P", SourceKind.M3U, server.url("/get.m3u").toString(), null, null, false,
                false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        override.set(new MockResponse.Builder().body("#EXTM3U\n").build());

        assertThatThrownBy(() -> fx.refresher.refresh(src, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class).hasMessageContaining("returned no channels");
        assertThat(fx.store.channels().counts(src.id())).containsExactly(3000, 0);
    }

    @Test
    void aRefusedXtreamLoginNamesTheServerButNotThePassword() throws Exception {
        Source src = fx.store.sources().add("XC", SourceKind.XTREAM, server.url("/").toString(), "alice", "wrong", false,
                false);
        assertThatThrownBy(() -> fx.refresher.refresh(src, Progress.NONE, Cancellation.none()))
                .isInstanceOf(SourceFetchException.class).hasMessageContaining("refused the username or password")
                .hasMessageNotContaining("wrong");
        assertThat(fx.store.channels().counts(src.id())).containsExactly(0, 0);
    }

    private Source xtream() throws Exception {
        Source src = fx.store.sources().add("XC", SourceKind.XTREAM, server.url("/").toString(), provider.username,
                provider.password, true, true);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        assertThat(fx.store.channels().counts(src.id())).containsExactly(3000, 0);
        return fx.store.sources().get(src.id());
    }
}
