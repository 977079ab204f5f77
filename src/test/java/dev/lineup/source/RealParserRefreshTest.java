package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uReader;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.testing.Corpus;
import dev.lineup.xmltv.GuideChannel;
import dev.lineup.xmltv.XmltvChannels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refresh through the installed parsers (the real M3U reader and XMLTV channel reader), corpus over HTTP. */
class RealParserRefreshTest {
    @TempDir
    Path dir;

    @Test
    void everyCorpusPlaylistIsStoredEntryForEntryByTheRealReader() throws Exception {
        try (MockWebServer server = new MockWebServer(); LineupStore store = LineupStore.open(dir, m -> { })) {
            server.start();
            for (Path file : Corpus.all("m3u")) {
                List<M3uEntry> expected = new ArrayList<>();
                try (M3uReader r = M3uReader.open(file)) {
                    for (M3uEntry e; (e = r.next()) != null; ) {
                        expected.add(e);
                    }
                }
                server.enqueue(new MockResponse.Builder().body(new Buffer().write(Files.readAllBytes(file))).build());
                Source s = store.sources().add(file.getFileName().toString(), SourceKind.M3U,
                        server.url("/" + file.getFileName()).toString(), null, null, false, false);
                RefreshReport rep = SourceRefresher.standard(store).refresh(s, Progress.NONE, Cancellation.none());
                List<SourceChannel> stored = store.channels().channels(s.id(), false);
                assertThat(rep.total()).as(file.toString()).isEqualTo(expected.size());
                assertThat(stored).extracting(SourceChannel::name).as(file.toString())
                        .containsExactlyElementsOf(expected.stream().map(M3uEntry::name).toList());
                assertThat(stored).extracting(SourceChannel::urlSuffix).as(file.toString())
                        .containsExactlyElementsOf(expected.stream().map(M3uEntry::urlSuffix).toList());
            }
        }
    }

    @Test
    void aGzippedCorpusGuideIsReadByTheRealChannelReader() throws Exception {
        Path gz = Corpus.path("xmltv/epg.iptvx.one.xml.gz");
        try (MockWebServer server = new MockWebServer(); LineupStore store = LineupStore.open(dir, m -> { })) {
            server.start();
            server.enqueue(new MockResponse.Builder().body(new Buffer().write(Files.readAllBytes(gz))).build());
            Source s = store.sources().add("iptvx", SourceKind.EPG, server.url("/g.xml.gz").toString(), null, null,
                    false, false);
            SourceRefresher.standard(store).refresh(s, Progress.NONE, Cancellation.none());
            List<GuideChannel> expected = XmltvChannels.read(gz);
            assertThat(store.sources().guideChannels(s.id())).extracting(GuideSourceChannel::channelId)
                    .containsExactlyElementsOf(expected.stream().map(GuideChannel::id).distinct().toList());
            assertThat(store.sources().guideFiles()).hasSize(1);
        }
    }
}
