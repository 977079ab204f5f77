package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideSourceRefreshTest {
    @TempDir
    Path dir;
    MockWebServer server;
    LineupStore store;
    SourceRefresher refresher;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        store = LineupStore.open(dir, m -> { });
        refresher = new SourceRefresher(store, Fetcher.fromSettings(store.settings()), new M3uPlaylistParser(),
                new XmltvGuideParser());
    }

    @AfterEach
    void stop() {
        store.close();
        server.close();
    }

    @Test
    void aGzippedGuideIsKeptAsTheRendererInputAndItsChannelsListedForMapping() throws Exception {
        Path gz = Corpus.path("xmltv/epg.iptvx.one.xml.gz");
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(Files.readAllBytes(gz))).build());
        Source s = store.sources().add("iptvx", SourceKind.EPG, server.url("/epg.xml.gz").toString(), null, null, false,
                false);

        RefreshReport r = refresher.refresh(s, Progress.NONE, Cancellation.none());

        List<GuideSourceChannel> expected = new XmltvGuideParser().channels(gz, s.id());
        assertThat(expected).isNotEmpty();
        assertThat(r.total()).isEqualTo(expected.size());
        assertThat(store.sources().guideChannels(s.id())).isEqualTo(expected);
        Path kept = store.sources().guideFile(s.id()).orElseThrow();
        assertThat(kept.getFileName().toString()).endsWith(".xml.gz");
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(gz));
        assertThat(store.sources().guideFiles()).containsExactly(kept);
    }

    @Test
    void aBrokenGuideKeepsThePreviousFileAndChannels() throws Exception {
        Path xml = Corpus.path("xmltv/ektotv-example.xml");
        server.enqueue(new MockResponse.Builder().body(Files.readString(xml)).build());
        server.enqueue(new MockResponse.Builder().body("<tv><channel id=\"x\"><display-name>X</disp").build());
        Source s = store.sources().add("ekto", SourceKind.EPG, server.url("/guide.xml").toString(), null, null, false,
                false);
        refresher.refresh(s, Progress.NONE, Cancellation.none());
        List<GuideSourceChannel> before = store.sources().guideChannels(s.id());
        Path kept = store.sources().guideFile(s.id()).orElseThrow();

        assertThatThrownBy(() -> refresher.refresh(s, Progress.NONE, Cancellation.none()))
                .isInstanceOf(java.io.IOException.class);

        assertThat(store.sources().guideChannels(s.id())).isEqualTo(before);
        assertThat(Files.readString(kept)).isEqualTo(Files.readString(xml));
        assertThat(store.sources().get(s.id()).lastStatus()).startsWith("failed: ");
    }
}
