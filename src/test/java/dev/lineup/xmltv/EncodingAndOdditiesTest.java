package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guides as servers really send them: other encodings, a BOM, odd markup; the output is always UTF-8. */
class EncodingAndOdditiesTest {
    @TempDir
    Path dir;

    private static final GuideFilter ALL = GuideFilter.builder().keepAll().build();

    @Test
    void latin1GuideComesOutAsUtf8() throws Exception {
        Path in = dir.resolve("latin1.xml");
        Files.write(in, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tv><channel id=\"tf1\">"
                + "<display-name>Télé Matin</display-name></channel></tv>").getBytes(StandardCharsets.ISO_8859_1));
        Guides.Result r = Guides.filter(ALL, in);
        assertThat(r.xml()).contains("<display-name>Télé Matin</display-name>").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(XmltvChannels.read(in).get(0).displayNames()).containsExactly("Télé Matin");
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws Exception {
        Path in = dir.resolve("bom.xml");
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<tv>\r\n<channel id=\"a\">\r\n"
                + "<display-name>A</display-name>\r\n</channel>\r\n</tv>\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(in, withBom);
        assertThat(XmltvChannels.read(in)).containsExactly(new GuideChannel("a", List.of("A"), List.of()));
    }

    @Test
    void cdataEscapesAndEmojiAreCopiedAndForeignElementsLeftOut() throws Exception {
        Path in = Guides.write(dir, "odd.xml", Guides.guide(List.of("a"),
                "<programme start=\"20240101060000 +0000\" channel=\"a\">"
                        + "<title xml:lang=\"en\">Tom &amp; Jerry &lt;3 \uD83D\uDE00</title>"
                        + "<desc><![CDATA[5 > 3 & <b>bold</b>]]></desc>"
                        + "<x:extra xmlns:x=\"urn:x\" x:kind=\"q&quot;uote\">kept</x:extra></programme>"));
        Guides.Result r = Guides.filter(ALL, in);
        assertThat(r.xml()).contains("<title xml:lang=\"en\">Tom &amp; Jerry &lt;3 \uD83D\uDE00</title>",
                "<desc>5 &gt; 3 &amp; &lt;b&gt;bold&lt;/b&gt;</desc>");
        // An element of another namespace is not in the XMLTV DTD: left out so the output validates.
        assertThat(r.xml()).doesNotContain("extra").doesNotContain("urn:x");
    }

    @Test
    void concatenatedGzipMembersAreOneGuide() throws Exception {
        String xml = Guides.guide(List.of("a"), Guides.programme("a", "20240101060000 +0000", "20240101070000 +0000", "A1"));
        int cut = xml.indexOf("<programme");
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        for (String part : List.of(xml.substring(0, cut), xml.substring(cut))) {
            try (OutputStream gz = new GZIPOutputStream(both) {
                @Override
                public void close() throws java.io.IOException {
                    finish(); // end this member but leave the shared stream open
                }
            }) {
                gz.write(part.getBytes(StandardCharsets.UTF_8));
            }
        }
        Path in = dir.resolve("two-members.gz");
        Files.write(in, both.toByteArray());
        assertThat(Guides.filter(ALL, in).xml()).contains("<title>A1</title>");
    }
}
