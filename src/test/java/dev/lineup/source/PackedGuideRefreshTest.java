package dev.lineup.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.testing.Corpus;
import dev.lineup.xmltv.GuideChannel;
import dev.lineup.xmltv.XmltvChannels;
import dev.lineup.xmltv.XmltvFormatException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** A guide source served xz-compressed or zipped (as Kodi users keep them) refreshes like a plain one. */
class PackedGuideRefreshTest {
    @TempDir
    Path dir;

    @Test
    void xzAndZipGuidesRefreshToTheSameChannelsAndAreStoredAsWhatTheyAre() throws Exception {
        Path plain = Corpus.path("xmltv/epgshare01.online.xml");
        byte[] xml = Files.readAllBytes(plain);
        ByteArrayOutputStream xz = new ByteArrayOutputStream();
        try (OutputStream o = new XZOutputStream(xz, new LZMA2Options(1))) {
            o.write(xml);
        }
        byte[] zip = zip("epg/guide.xml", xml);
        for (byte[] body : new byte[][] {xz.toByteArray(), zip}) {
            try (MockWebServer server = new MockWebServer(); LineupStore store = LineupStore.open(dir.resolve(
                    "d" + body.length), m -> { })) {
                server.start();
                server.enqueue(new MockResponse.Builder().body(new Buffer().write(body)).build());
                Source s = store.sources().add("packed", SourceKind.EPG, server.url("/guide").toString(), null, null,
                        false, false);
                SourceRefresher.standard(store).refresh(s, Progress.NONE, Cancellation.none());

                assertThat(store.sources().guideChannels(s.id())).extracting(GuideSourceChannel::channelId)
                        .containsExactlyElementsOf(XmltvChannels.read(plain).stream().map(GuideChannel::id)
                                .distinct().toList());
                assertThat(store.sources().guideFiles()).singleElement().asString()
                        .endsWith(body == zip ? ".zip" : ".xml.xz");
            }
        }
    }

    @Test
    void aZipWithoutAGuideFailsNamingTheSourceAndStoresNothing() throws Exception {
        try (MockWebServer server = new MockWebServer(); LineupStore store = LineupStore.open(dir, m -> { })) {
            server.start();
            server.enqueue(new MockResponse.Builder().body(new Buffer().write(zip("notes.txt", new byte[] {'h'})))
                    .build());
            Source s = store.sources().add("packed", SourceKind.EPG, server.url("/guide.zip").toString(), null, null,
                    false, false);
            assertThatThrownBy(() -> SourceRefresher.standard(store).refresh(s, Progress.NONE, Cancellation.none()))
                    .isInstanceOf(XmltvFormatException.class)
                    .hasMessageContaining("/guide.zip")
                    .hasMessageContaining("holds no guide");
            assertThat(store.sources().guideFiles()).isEmpty();
        }
    }

    private static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
        }
        return bytes.toByteArray();
    }
}
