package dev.lineup.xmltv;

import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lineup.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guides come from untrusted servers: reading one must never fetch, include files, or blow up memory. */
class SafeReadingTest {
    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        server.enqueue(new MockResponse.Builder().body("<!ENTITY leak \"FETCHED\">").build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Guides.Result filter(String xml) throws Exception {
        return Guides.filter(GuideFilter.builder().keepAll().build(), Guides.write(dir, "g.xml", xml));
    }

    @Test
    void remoteDoctypeIsNeverFetched() throws Exception {
        String url = server.url("/xmltv.dtd").toString();
        Guides.Result r = filter("<?xml version=\"1.0\"?>\n<!DOCTYPE tv SYSTEM \"" + url + "\">\n"
                + "<tv><channel id=\"a\"><display-name>A</display-name></channel></tv>");
        assertThat(r.stats().channels()).isEqualTo(1);
        assertThat(server.getRequestCount()).isZero();
        // the corpus guide with an https DOCTYPE reads offline the same way
        assertThat(XmltvChannels.read(Corpus.path("xmltv/epg.iptvx.one.xml"))).hasSize(1);
    }

    @Test
    void externalEntitiesAreRefusedNeverReadFromDiskOrFetched() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE tv [\n"
                + "<!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                + "<!ENTITY web SYSTEM \"" + server.url("/e") + "\">\n]>\n"
                + "<tv><channel id=\"a\"><display-name>A&file;&web;</display-name></channel></tv>";

        Path in = Guides.write(dir, "xxe.xml", xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keepAll().build(), out, Progress.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("xxe.xml:6:").contains("external entity \"file\"")
                .doesNotContain("SECRET");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("SECRET");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void internalEntitiesStillWork() throws Exception {
        Guides.Result r = filter("<!DOCTYPE tv [<!ENTITY nbsp \"&#160;\">]>\n"
                + "<tv><channel id=\"a\"><display-name>Sky&nbsp;One</display-name></channel></tv>");
        assertThat(r.xml()).contains("<display-name>Sky\u00a0One</display-name>");
    }

    @Test
    void entityExpansionBombIsStoppedWithAFormatError() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tv [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        Path in = Guides.write(dir, "bomb.xml", dtd + "]>\n<tv><channel id=\"a\"><display-name>&l10;</display-name></channel></tv>");

        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keepAll().build(), new ByteArrayOutputStream(), Progress.NONE));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("bomb.xml:").containsIgnoringCase("entit");
    }

    @Test
    void oversizedTextIsAFormatErrorNotAnOutOfMemory() throws Exception {
        String huge = "x".repeat(SafeXml.MAX_TEXT_CHARS + 10);
        Path in = Guides.write(dir, "huge.xml", Guides.guide(List.of("a"),
                "<programme start=\"20240101060000\" channel=\"a\"><title>T</title><desc>" + huge + "</desc></programme>"));

        XmltvFormatException e = catchThrowableOfType(XmltvFormatException.class, () -> XmltvFilter.run(List.of(in),
                GuideFilter.builder().keepAll().build(), new ByteArrayOutputStream(), Progress.NONE));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("huge.xml:4:");
    }
}
