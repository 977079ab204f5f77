package dev.lineup.output;

import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uReader;
import dev.lineup.model.ChannelKey;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutRendererTest {
    private static final Manifest.Instance ME = new Manifest.Instance("id-1", "Test PC");
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @TempDir
    Path tmp;

    private Path playlist() throws IOException {
        return write("in.m3u", """
                #EXTM3U url-tvg="http://provider/guide.xml"
                #EXTINF:-1 tvg-id="one.uk" tvg-logo="http://l/1.png" group-title="UK" catchup="default" catchup-days="7",UK: One HD
                http://prov.tv/live/u/p/1.ts
                #EXTINF:-1 tvg-id="two.uk" group-title="UK",UK: Two
                http://prov.tv/live/u/p/2.ts
                #EXTINF:-1 group-title="News",Rolling News
                http://prov.tv/live/u/p/3.ts
                """);
    }

    private Path guide() throws IOException {
        return write("guide.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tv generator-info-name="test">
                  <channel id="one.uk"><display-name>One</display-name></channel>
                  <channel id="two.uk"><display-name>Two</display-name></channel>
                  <channel id="news.guide"><display-name>News 24</display-name></channel>
                  <programme start="20261122120000 +0000" stop="20261122130000 +0000" channel="one.uk"><title>Noon</title></programme>
                  <programme start="20261122120000 +0000" stop="20261122130000 +0000" channel="two.uk"><title>Two at noon</title></programme>
                  <programme start="20261122120000 +0100" stop="20261122130000 +0100" channel="news.guide"><title>Headlines</title></programme>
                </tv>
                """);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String key(Path playlist, String name) throws IOException {
        try (M3uReader r = M3uReader.open(playlist)) {
            for (M3uEntry e; (e = r.next()) != null; ) {
                if (e.name().equals(name)) {
                    return PlaylistResolver.keysOf(e).get(0);
                }
            }
        }
        throw new AssertionError(name);
    }

    private Layout layout(Path playlist) throws IOException {
        LayoutChannel news = LayoutChannel.of(key(playlist, "Rolling News"), "News Now").withNumber(1)
                .withGuideChannel("news.guide").withShiftHours(-1.5);
        LayoutChannel one = LayoutChannel.of(key(playlist, "UK: One HD"), "One").withNumber(2);
        LayoutChannel two = LayoutChannel.of(key(playlist, "UK: Two"), null).withHidden(true);
        LayoutChannel gone = LayoutChannel.of("tvg:vanished@uk", "Gone");
        return new Layout("Family", new LayoutOptions(null, null, true, true), List.of(
                new LayoutGroup("Favourites", false, List.of(news, one, two, gone))));
    }

    private RenderResult render(Layout layout, Path playlist, Path guide, Path out) throws IOException {
        PlaylistResolver.Resolution r = PlaylistResolver.resolve(layout, List.of(playlist), Progress.NONE);
        RenderRequest req = RenderRequest.forLayout(layout.name(), "family", out, layout.options(), ME, NOW);
        return LayoutRenderer.render(req, r.channels(), List.of(guide), r.missing().size(), r.issues(), Progress.NONE);
    }

    private static List<M3uEntry> entries(Path m3u) throws IOException {
        List<M3uEntry> all = new ArrayList<>();
        try (M3uReader r = M3uReader.open(m3u)) {
            for (M3uEntry e; (e = r.next()) != null; ) {
                all.add(e);
            }
        }
        return all;
    }

    @Test
    void playlistFollowsLayoutOrderNamesNumbersAndHiding() throws IOException {
        Path out = tmp.resolve("out");
        RenderResult result = render(layout(playlist()), playlist(), guide(), out);

        List<M3uEntry> written = entries(out.resolve("family.m3u"));
        assertThat(written).extracting(M3uEntry::name).containsExactly("News Now", "One");
        assertThat(written.get(0).attr("tvg-chno")).isEqualTo("1");
        assertThat(written.get(0).attr("group-title")).isEqualTo("Favourites");
        assertThat(written.get(0).tvgId()).isEqualTo("news.guide");
        assertThat(written.get(1).tvgLogo()).isEqualTo("http://l/1.png");
        assertThat(written.get(1).attr("catchup-days")).isEqualTo("7");
        assertThat(written.get(1).url()).isEqualTo("http://prov.tv/live/u/p/1.ts");
        assertThat(result.missingChannels()).isEqualTo(1);
    }

    @Test
    void guideKeepsOnlyPublishedChannelsShiftedAndRenamed() throws IOException {
        Path out = tmp.resolve("out");
        render(layout(playlist()), playlist(), guide(), out);

        String xml = Files.readString(out.resolve("family.xml"));
        assertThat(xml).contains("<channel id=\"news.guide\"", "News Now", "<channel id=\"one.uk\"")
                .doesNotContain("two.uk", "Two at noon");
        // -1.5 h in the programme's own offset notation.
        assertThat(xml).contains("start=\"20261122103000 +0100\"");
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(out.resolve("family.xml.gz")))) {
            assertThat(new String(gz.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(xml);
        }
    }

    @Test
    void outputIsValidAgainstTheXmltvDtd() throws IOException {
        Path out = tmp.resolve("out");
        render(layout(playlist()), playlist(), guide(), out);
        try (InputStream in = Files.newInputStream(out.resolve("family.xml"))) {
            GuideDtd.validate(in);
        }
    }

    @Test
    void manifestListsEveryFileWithItsHashAndGrowsItsGeneration() throws IOException {
        Path out = tmp.resolve("out");
        Layout layout = layout(playlist());
        render(layout, playlist(), guide(), out);
        RenderResult second = render(layout, playlist(), guide(), out);

        Manifest m = Manifest.readFrom(out).orElseThrow();
        assertThat(m.generation()).isEqualTo(2).isEqualTo(second.manifest().generation());
        assertThat(m.layout()).isEqualTo("Family");
        assertThat(m.instance()).isEqualTo(ME);
        assertThat(m.files()).extracting(Manifest.FileEntry::name)
                .containsExactly("family.m3u", "family.xml", "family.xml.gz");
        for (Manifest.FileEntry f : m.files()) {
            assertThat(Hashing.sha256(out.resolve(f.name()))).isEqualTo(f.sha256());
            assertThat(Files.size(out.resolve(f.name()))).isEqualTo(f.size());
        }
    }

    @Test
    void renamedProviderChannelStillResolvesThroughItsTvgIdKey() throws IOException {
        Path before = playlist();
        Layout layout = layout(before);
        Path renamed = write("renamed.m3u", Files.readString(before)
                .replace("UK: One HD", "UK: One FHD").replace("/u/p/", "/u/newpass/"));
        PlaylistResolver.Resolution r = PlaylistResolver.resolve(layout, List.of(renamed), Progress.NONE);
        assertThat(r.channels()).extracting(OutputChannel::displayName).containsExactly("News Now", "One");
        assertThat(r.channels().get(1).source().url()).contains("newpass");
    }

    @Test
    void failedGuideLeavesThePreviousOutputUntouchedAndNoTemporaries() throws IOException {
        Path out = tmp.resolve("out");
        Layout layout = layout(playlist());
        render(layout, playlist(), guide(), out);
        byte[] m3uBefore = Files.readAllBytes(out.resolve("family.m3u"));
        byte[] manifestBefore = Files.readAllBytes(out.resolve(Manifest.FILE_NAME));

        String full = Files.readString(guide());
        Path truncated = write("cut.xml", full.substring(0, full.indexOf("<programme start=\"20261122120000 +0000\" stop=\"20261122130000 +0000\" channel=\"two.uk\">") + 40));
        Layout changed = layout.withGroups(List.of(layout.groups().get(0).withChannels(
                layout.groups().get(0).channels().subList(0, 2))));
        try {
            render(changed, playlist(), truncated, out);
            throw new AssertionError("a truncated guide must fail the render");
        } catch (IOException expected) {
            assertThat(expected.getMessage()).contains("cut.xml");
        }
        assertThat(Files.readAllBytes(out.resolve("family.m3u"))).isEqualTo(m3uBefore);
        assertThat(Files.readAllBytes(out.resolve(Manifest.FILE_NAME))).isEqualTo(manifestBefore);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void sourceKeysAreTheModelsKeys() throws IOException {
        assertThat(key(playlist(), "UK: Two")).isEqualTo(ChannelKey.keys(null, "two.uk", "UK", "UK: Two", null).get(0));
    }
}
