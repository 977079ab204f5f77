package dev.lineup.output;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutOutputTest {
    @TempDir
    Path dir;
    StoreFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new StoreFixture(dir.resolve("data"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Layout family() {
        return new Layout("Family TV", new LayoutOptions(null, null, true, false, true), List.of(
                new LayoutGroup("Favourites", false, List.of(
                        new LayoutChannel(fx.channel("Channel Two").ref(), "Two!", 2, null, null, null, 0, false, true),
                        new LayoutChannel(fx.channel("Channel One").ref(), null, 1, null, null, null, 1.0, false, false),
                        new LayoutChannel(fx.channel("Town TV").ref(), "My Town", 3, null, null, null, 0, false, true),
                        new LayoutChannel(fx.channel("Nowhere TV").ref(), null, 4, null, null, null, 0, false, true),
                        new LayoutChannel(fx.channel("Soon Gone").ref(), null, 5, null, null, null, 0, false, true))),
                new LayoutGroup("Hidden", true, List.of(LayoutChannel.of("sc:999999", "Never")))));
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void aStoredLayoutIsWrittenInItsOrderWithEditsProviderLinesAndThisInstallationInTheManifest() throws Exception {
        fx.store.layouts().save(family());
        RenderResult r = LayoutOutput.render(fx.store, "Family TV", null, Progress.NONE);

        Path out = fx.dataDir.resolve("output").resolve("family-tv");
        String m3u = read(out.resolve("family-tv.m3u"));
        assertThat(m3u.lines().filter(l -> l.startsWith("#EXTINF")).map(l -> l.substring(l.lastIndexOf(',') + 1)))
                .containsExactly("Two!", "Channel One", "My Town", "Nowhere TV", "Soon Gone");
        assertThat(m3u).contains("#EXTVLCOPT:http-user-agent=Kodi\nhttp://provider.example/live/one.ts?token=abc")
                .contains("http://provider.example/live/town.ts|User-Agent=VLC")
                .contains("tvg-chno=\"2\"").doesNotContain("catchup=\"shift\"").doesNotContain("url-tvg");
        Manifest m = Manifest.readFrom(out).orElseThrow();
        assertThat(m.layout()).isEqualTo("Family TV");
        assertThat(m.instance().name()).isEqualTo("Living room");
        assertThat(m.instance().id()).isEqualTo(fx.store.installation().get().orElseThrow().id());
        assertThat(m.files()).extracting(Manifest.FileEntry::name).containsExactly("family-tv.m3u", "family-tv.xml.gz");
        assertThat(r.channels()).isEqualTo(5);
        assertThat(r.missingChannels()).as("the hidden group's unknown channel is not counted").isZero();
        assertThat(LayoutOutput.render(fx.store, "Family TV", null, Progress.NONE).manifest().generation())
                .isEqualTo(m.generation() + 1);
    }

    @Test
    void channelsWithoutAGuideGetPlaceholderProgrammesUnderTheIdTheirPlaylistEntryCarries() throws Exception {
        fx.store.layouts().save(family());
        Path to = dir.resolve("elsewhere");
        RenderResult r = LayoutOutput.render(fx.store, "Family TV", to, Progress.NONE);
        String m3u = read(to.resolve("family-tv.m3u"));
        String guide = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(to.resolve("family-tv.xml.gz")))
                .readAllBytes(), StandardCharsets.UTF_8);

        GuideDtd.validate(new ByteArrayInputStream(guide.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.dummyGuideChannels()).isEqualTo(3);
        assertThat(guide).contains("<channel id=\"channel_one\">").contains("<channel id=\"channel_two\">")
                .contains("<channel id=\"nowhere.tv\">");
        Matcher town = Pattern.compile("tvg-id=\"(lineup-dummy\\.[^\"]+)\"[^\\n]*,My Town").matcher(m3u);
        assertThat(town.find()).as(m3u).isTrue();
        assertThat(guide).contains("<channel id=\"" + town.group(1) + "\">\n    <display-name>My Town</display-name>")
                .contains("channel=\"" + town.group(1) + "\"><title>My Town</title>".replace("><", ">\n    <"));
        // the real guide's programmes come before every placeholder programme (DTD order holds either way)
        assertThat(guide.indexOf("Programme One")).isLessThan(guide.indexOf("<title>My Town</title>"));
        assertThat(guide.lastIndexOf("<channel ")).isLessThan(guide.indexOf("<programme"));
    }

    @Test
    void aLayoutWithoutPlaceholderGuidesGetsNoneUntilTheyAreSwitchedOn() throws Exception {
        fx.store.layouts().save(new Layout("Family TV", LayoutOptions.DEFAULTS, family().groups()));
        RenderResult off = LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE);
        assertThat(off.dummyGuideChannels()).isZero();
        assertThat(off.guideChannels()).isEqualTo(2);
        assertThat(read(dir.resolve("o/family-tv.m3u"))).doesNotContain("lineup-dummy");

        fx.store.layouts().setPlaceholderGuides("Family TV", true);
        RenderResult on = LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE);
        assertThat(on.dummyGuideChannels()).isEqualTo(3);
        assertThat(read(dir.resolve("o/family-tv.m3u"))).contains("lineup-dummy.");
    }

    @Test
    void placeholdersAreOffWhenTheBlockSettingIsZeroAndABadValueIsNamed() throws Exception {
        fx.store.layouts().save(family());
        fx.store.settings().set(LayoutOutput.DUMMY_BLOCK_MINUTES, "0");
        RenderResult r = LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE);
        assertThat(r.dummyGuideChannels()).isZero();
        assertThat(r.guideChannels()).isEqualTo(2);
        assertThat(read(dir.resolve("o/family-tv.m3u"))).doesNotContain("lineup-dummy");
        assertThatThrownBy(() -> fx.store.settings().set(LayoutOutput.DUMMY_BLOCK_MINUTES, "3"))
                .hasMessageContaining("guide.dummy.block-minutes must be 0 (off) or a whole number from 5 to 1440");
        assertThat(LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE).dummyGuideChannels()).isZero();
    }

    @Test
    void aChannelTheProviderDroppedIsLeftOutAndCountedAndComesBackWhenListedAgain() throws Exception {
        fx.store.layouts().save(family());
        fx.dropFromPlaylist("Soon Gone");
        fx.refresh(fx.m3u);
        RenderResult r = LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE);
        assertThat(r.removedByProvider()).isEqualTo(1);
        assertThat(read(dir.resolve("o/family-tv.m3u"))).doesNotContain("Soon Gone");

        Files.writeString(fx.playlist, StoreFixture.PLAYLIST);
        fx.refresh(fx.m3u);
        RenderResult back = LayoutOutput.render(fx.store, "Family TV", dir.resolve("o"), Progress.NONE);
        assertThat(back.removedByProvider()).isZero();
        assertThat(read(dir.resolve("o/family-tv.m3u"))).contains(",Soon Gone");
    }

    @Test
    void aCancelledOutputLeavesThePreviousOutputUntouched() throws Exception {
        fx.store.layouts().save(family());
        Path o = dir.resolve("o");
        LayoutOutput.render(fx.store, "Family TV", o, Progress.NONE);
        byte[] before = Files.readAllBytes(o.resolve(Manifest.FILE_NAME));
        byte[] playlist = Files.readAllBytes(o.resolve("family-tv.m3u"));
        Cancellation cancel = new Cancellation();
        List<String> reports = new ArrayList<>();
        Progress cancelOnFirstReport = (phase, done, total) -> {
            reports.add(phase);
            cancel.cancel(); // the user presses Cancel while the render is under way
        };
        assertThatThrownBy(() -> LayoutOutput.render(fx.store, "Family TV", o, cancelOnFirstReport, cancel))
                .isInstanceOf(CancellationException.class).hasMessage("Output cancelled");
        assertThat(reports).as("stopped at the first report").hasSize(1);
        assertThat(Files.readAllBytes(o.resolve(Manifest.FILE_NAME))).isEqualTo(before);
        assertThat(Files.readAllBytes(o.resolve("family-tv.m3u"))).isEqualTo(playlist);
        try (var files = Files.list(o)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void anUnknownLayoutIsNamedAndFileNamesAreSlugs() {
        assertThatThrownBy(() -> LayoutOutput.render(fx.store, "Nope", null, Progress.NONE))
                .isInstanceOf(NoSuchLayoutException.class).hasMessage("no layout named \"Nope\" (see: lineup layout list)");
        assertThat(LayoutOutput.fileName("Família / Sport+ 2")).isEqualTo("familia-sport-2");
        assertThat(LayoutOutput.fileName("***")).isEqualTo("layout");
    }
}
