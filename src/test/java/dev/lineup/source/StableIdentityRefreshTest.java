package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.model.StreamKind;
import dev.lineup.store.ResolvedChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableIdentityRefreshTest {
    private static final Pattern HLS_ID = Pattern.compile("/hls/(\\d+)/");
    private static final Pattern LIVE_ID = Pattern.compile("/live/[^/]+/[^/]+/(\\d+)\\.ts$");

    @TempDir
    Path dir;
    MockWebServer server;
    FakeProvider provider;
    RefreshFixture fx;

    @BeforeEach
    void start() throws Exception {
        provider = FakeProvider.generate(300, 42);
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) throws InterruptedException {
                if (req.getUrl().encodedPath().equals("/get.m3u")) {
                    return new MockResponse.Builder().body(provider.m3u()).build();
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
    void playlistRefreshWithRenamesRotatedTokensAndGroupMovesKeepsTheLayoutOnTheSameChannels() throws Exception {
        Source src = fx.store.sources().add("Provider", SourceKind.M3U, server.url("/get.m3u").toString(), null, null,
                false, false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        Layout layout = RefreshFixture.userLayout(fx.store.channels().channels(src.id(), false));
        fx.store.layouts().save(layout);
        Map<String, Integer> streamOf = streamIds(fx.store.resolver().resolve(layout), HLS_ID);

        provider.renameEvery(10);
        provider.token = "tok-rotated";
        provider.moveEvery(9, 4);
        RefreshReport r = fx.refresher.refresh(fx.store.sources().get(src.id()), Progress.NONE,
                Cancellation.none());

        assertThat(r.renamed()).isEqualTo(30);
        assertThat(r.repointed()).isEqualTo(300);
        assertThat(r.moved()).isEqualTo(java.util.stream.IntStream.range(0, 300).filter(i -> i % 9 == 4).count());
        assertThat(r.added()).isZero();
        assertThat(r.removed()).isZero();
        Layout reloaded = fx.store.layouts().load("Family").orElseThrow();
        assertThat(reloaded).isEqualTo(layout);
        List<ResolvedChannel> resolved = fx.store.resolver().resolve(reloaded);
        assertThat(streamIds(resolved, HLS_ID)).isEqualTo(streamOf);
        for (ResolvedChannel rc : resolved) {
            assertThat(rc.url()).endsWith("token=tok-rotated");
            FakeProvider.Channel pc = provider.channels.get(streamOf.get(rc.edit().sourceKey()) - 10_000);
            assertThat(rc.name()).isEqualTo(rc.edit().name() != null ? rc.edit().name() : pc.name);
            assertThat(rc.source().group()).isEqualTo(pc.group);
            assertThat(rc.guideChannel()).isEqualTo(rc.edit().guideChannel());
        }
    }

    @Test
    void xtreamRefreshAfterPasswordChangeRenamesAndMovesKeepsTheLayoutAndBuildsUrlsWithTheNewPassword()
            throws Exception {
        Source src = fx.store.sources().add("XC", SourceKind.XTREAM, server.url("/").toString(), provider.username,
                provider.password, false, false);
        RefreshReport first = fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        assertThat(first.added()).isEqualTo(302); // 300 live, one film, one series
        Layout layout = RefreshFixture.userLayout(fx.store.channels().channels(src.id(), false).stream()
                .filter(c -> c.kind() == StreamKind.LIVE).toList());
        fx.store.layouts().save(layout);
        Map<String, Integer> streamOf = streamIds(fx.store.resolver().resolve(layout), LIVE_ID);

        provider.password = "n3w-pass";
        fx.store.sources().setPassword(src, "n3w-pass");
        provider.renameEvery(10);
        provider.moveEvery(5, 1);
        RefreshReport r = fx.refresher.refresh(fx.store.sources().get(src.id()), Progress.NONE,
                Cancellation.none());

        assertThat(r.renamed()).isEqualTo(30);
        assertThat(r.moved()).isEqualTo(60);
        assertThat(r.added() + r.removed()).isZero();
        List<ResolvedChannel> resolved = fx.store.resolver().resolve(fx.store.layouts().load("Family").orElseThrow());
        assertThat(streamIds(resolved, LIVE_ID)).isEqualTo(streamOf);
        assertThat(resolved).allSatisfy(rc -> assertThat(rc.url()).contains("/live/alice/n3w-pass/"));
        Source after = fx.store.sources().get(src.id());
        assertThat(after.account().maxConnections()).isEqualTo(2);
        assertThat(after.account().expiresAt()).hasToString("2027-01-01T00:00:00Z");
        SourceChannel film = fx.store.channels().channels(src.id(), false).stream()
                .filter(c -> c.kind() == StreamKind.VOD).findFirst().orElseThrow();
        assertThat(fx.store.resolver().playable(film).url()).endsWith("/movie/alice/n3w-pass/5001.mkv");
    }

    @Test
    void everyRefreshFirstBacksUpTheDatabaseSoThePreviousChannelsCanBeRestored() throws Exception {
        Source src = fx.store.sources().add("Provider", SourceKind.M3U, server.url("/get.m3u").toString(), null, null,
                false, false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        List<SourceChannel> before = fx.store.channels().channels(src.id(), true);
        int backups = fx.store.backups().list().size();

        provider.renameEvery(10);
        fx.refresher.refresh(fx.store.sources().get(src.id()), Progress.NONE, Cancellation.none());

        assertThat(fx.store.backups().list()).hasSize(backups + 1);
        Path made = fx.store.backups().list().get(0);
        assertThat(made.getFileName().toString()).endsWith("-refresh-" + src.id() + ".db");
        assertThat(fx.store.channels().channels(src.id(), true)).isNotEqualTo(before);
        fx.store.backups().restore(made);
        assertThat(fx.store.channels().channels(src.id(), true)).isEqualTo(before);
    }

    @Test
    void channelsTheProviderDropsAreKeptAsRemovedAndComeBackWithTheirLayoutEdits() throws Exception {
        Source src = fx.store.sources().add("Provider", SourceKind.M3U, server.url("/get.m3u").toString(), null, null,
                false, false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        Layout layout = RefreshFixture.userLayout(fx.store.channels().channels(src.id(), false));
        fx.store.layouts().save(layout);
        provider.channels.forEach(c -> c.present = c.streamId % 2 == 0);

        RefreshReport gone = fx.refresher.refresh(fx.store.sources().get(src.id()), Progress.NONE,
                Cancellation.none());
        assertThat(gone.removed()).isEqualTo(150);
        assertThat(fx.store.channels().counts(src.id())).containsExactly(150, 150);
        List<ResolvedChannel> during = fx.store.resolver().resolve(layout);
        assertThat(during).allSatisfy(rc -> assertThat(rc.resolved()).isTrue());
        assertThat(during.stream().filter(ResolvedChannel::removedByProvider)).isNotEmpty();

        provider.channels.forEach(c -> c.present = true);
        RefreshReport back = fx.refresher.refresh(fx.store.sources().get(src.id()), Progress.NONE,
                Cancellation.none());
        assertThat(back.revived()).isEqualTo(150);
        assertThat(back.added()).isZero();
        assertThat(fx.store.resolver().resolve(layout)).noneMatch(ResolvedChannel::removedByProvider);
    }

    @Test
    void removedChannelsArePurgedOnlyAfterTheKeepPeriod() throws Exception {
        Source src = fx.store.sources().add("Provider", SourceKind.M3U, server.url("/get.m3u").toString(), null, null,
                false, false);
        fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        provider.channels.get(0).present = false;
        assertThat(fx.refresher.refresh(src, Progress.NONE, Cancellation.none()).purged()).isZero();
        fx.store.settings().set("source.removed-keep-days", "0");
        Thread.sleep(5);
        RefreshReport r = fx.refresher.refresh(src, Progress.NONE, Cancellation.none());
        assertThat(r.purged()).isEqualTo(1);
        assertThat(fx.store.channels().counts(src.id())).containsExactly(299, 0);
    }

    /** Layout key → the provider stream id its resolved URL points at. */
    private static Map<String, Integer> streamIds(List<ResolvedChannel> resolved, Pattern idPattern) {
        Map<String, Integer> m = new HashMap<>();
        for (ResolvedChannel rc : resolved) {
            Matcher x = idPattern.matcher(rc.url());
            assertThat(x.find()).as(rc.url()).isTrue();
            m.put(rc.edit().sourceKey(), Integer.parseInt(x.group(1)));
        }
        return m;
    }
}
