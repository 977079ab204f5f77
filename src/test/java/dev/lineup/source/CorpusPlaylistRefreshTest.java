package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPlaylistRefreshTest {
    @TempDir
    Path dir;
    MockWebServer server;
    RefreshFixture fx;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        fx = new RefreshFixture(dir);
    }

    @AfterEach
    void stop() {
        fx.store.close();
        server.close();
    }

    @Test
    void everyCorpusPlaylistServedGzippedIsStoredEntryForEntryAndARepeatRefreshChangesNothing() throws Exception {
        for (Path file : Corpus.all("m3u")) {
            List<ParsedChannel> expected = new ArrayList<>();
            new M3uPlaylistParser().parse(file, file.toString(), expected::add);
            byte[] body = Files.readAllBytes(file);
            for (int i = 0; i < 2; i++) {
                server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip")
                        .body(new Buffer().write(FetcherTest.gzip(body))).build());
            }
            Source s = fx.store.sources().add(file.getFileName().toString(), SourceKind.M3U,
                    server.url("/" + file.getFileName()).toString(), null, null, false, false);

            RefreshReport first = fx.refresher.refresh(s, Progress.NONE, Cancellation.none());
            RefreshReport again = fx.refresher.refresh(s, Progress.NONE, Cancellation.none());

            List<SourceChannel> stored = fx.store.channels().channels(s.id(), false);
            assertThat(first.added()).as(file.toString()).isEqualTo(expected.size());
            assertThat(stored).extracting(SourceChannel::name).containsExactlyElementsOf(
                    expected.stream().map(ParsedChannel::name).toList());
            assertThat(stored).extracting(SourceChannel::url).containsExactlyElementsOf(
                    expected.stream().map(ParsedChannel::url).toList());
            assertThat(stored).extracting(SourceChannel::urlSuffix).containsExactlyElementsOf(
                    expected.stream().map(ParsedChannel::urlSuffix).toList());
            assertThat(stored).extracting(SourceChannel::extraLines).containsExactlyElementsOf(
                    expected.stream().map(ParsedChannel::extraLines).toList());
            assertThat(List.of(again.added(), again.removed(), again.renamed(), again.repointed(), again.moved()))
                    .as(file.toString()).containsOnly(0);
        }
    }

    @Test
    void attributesBesidesTheStandardOnesAndGroupsAreKept() throws Exception {
        Source base = fx.store.sources().add("base", SourceKind.M3U, Corpus.path("m3u/base.m3u").toString(), null, null,
                false, false);
        fx.refresher.refresh(base, Progress.NONE, Cancellation.none());
        SourceChannel trt = fx.store.channels().channels(base.id(), false).stream()
                .filter(c -> c.name().equals("TRT 1 HD")).findFirst().orElseThrow();
        assertThat(trt.attributes()).contains(new SourceAttribute("catchup", "shift"),
                new SourceAttribute("tvg-shift", "-4.5"));
        assertThat(fx.store.sources().categories(base.id())).extracting(SourceCategory::name)
                .containsExactly("Music", SourceCategory.UNGROUPED);
    }
}
