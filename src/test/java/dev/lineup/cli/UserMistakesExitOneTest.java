package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user can make on the command line end with exit 1 and one sentence naming the input, never
 * "internal error: java…" (exit 2); and a render that found no channel never replaces the last output.
 */
class UserMistakesExitOneTest {
    private static final String PLAYLIST = "#EXTM3U\n#EXTINF:-1 tvg-id=\"a\" group-title=\"G\",A\nhttp://x/a.ts\n";

    @TempDir
    Path dir;
    Path good;
    Path out;

    @BeforeEach
    void files() throws Exception {
        good = dir.resolve("good.m3u");
        Files.writeString(good, PLAYLIST);
        out = dir.resolve("out");
    }

    private CliRun render(String... more) {
        List<String> args = new ArrayList<>(List.of("render", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void oneSentence(CliRun r, String... expected) {
        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: ").contains(expected)
                .doesNotContain("internal error", "Exception", "java.");
    }

    @Test
    void playlistsWithoutChannelsNeverReplaceThePreviousOutputUnlessAllowed() throws Exception {
        ok(render("--playlist", good.toString()));
        byte[] before = Files.readAllBytes(out.resolve("lineup.m3u"));
        Path empty = Files.writeString(dir.resolve("empty.m3u"), "");
        Path header = Files.writeString(dir.resolve("header.m3u"), "#EXTM3U\n");
        Path hls = Files.writeString(dir.resolve("master.m3u8"),
                "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:BANDWIDTH=800000\nlow/index.m3u8\n");
        Path utf16 = Files.write(dir.resolve("utf16.m3u"),
                ("\uFEFF" + PLAYLIST).getBytes(StandardCharsets.UTF_16LE));

        oneSentence(render("--playlist", empty.toString()), empty.toString(), "is empty (0 bytes)", "--allow-empty");
        oneSentence(render("--playlist", header.toString()), "lists no channels");
        oneSentence(render("--playlist", hls.toString()), "HLS stream manifest");
        oneSentence(render("--playlist", utf16.toString()), "UTF-16");
        assertThat(Files.readAllBytes(out.resolve("lineup.m3u"))).isEqualTo(before);
        try (var leftovers = Files.list(out)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }

        ok(render("--playlist", header.toString(), "--allow-empty"));
        assertThat(Files.readString(out.resolve("lineup.m3u"))).doesNotContain("#EXTINF");
    }

    @Test
    void aBareUrlAfterACommaInUrlTvgIsReadNotAnInternalError() throws Exception {
        Path p = Files.writeString(dir.resolve("urltvg.m3u"), PLAYLIST.replace("#EXTM3U",
                "#EXTM3U url-tvg=\"http://a.example/g.xml\",http://b.example/g.xml"));

        ok(render("--playlist", p.toString()));

        assertThat(Files.readString(out.resolve("lineup.m3u"))).contains("#EXTINF").doesNotContain("b.example");
    }

    @Test
    void aFiveByteGzipGuideIsNamed() throws Exception {
        Path gz = Files.write(dir.resolve("g.xml.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});

        oneSentence(render("--playlist", good.toString(), "--epg", gz.toString()), gz + ":1:1:", "compressed data");
    }

    @Test
    void unusableUrlsAreNamedWhenRenderingAndWhenAdded() {
        oneSentence(render("--playlist", "http://127.0.0.1:99999/x.m3u"), "port 99999");
        oneSentence(render("--playlist", "http://127.0.0.1:8080/%zz.m3u"), "%zz", "two hex digits");
        oneSentence(render("--playlist", "http://[::1"), "http://[::1", "no closing ']'");
        oneSentence(render("--playlist", "file:%zz"), "file:%zz");
        Path data = dir.resolve("data");
        ok(run(data, "init", "--name", "Den"));
        oneSentence(run(data, "source", "add", "m3u", "P", "--url", "http://127.0.0.1:99999/x.m3u"), "port 99999");
        oneSentence(run(data, "source", "add", "epg", "G", "--url", "http://[::1/g.xml"), "no closing ']'");
    }

    @Test
    void outputNamesThatAreNotPlainFileNamesAreRefusedBeforeAnythingIsRead() {
        oneSentence(render("--playlist", good.toString(), "--name", "../x"), "--name \"../x\"", "folder separator");
        oneSentence(render("--playlist", good.toString(), "--name", "a/b"), "folder separator");
        oneSentence(render("--playlist", good.toString(), "--name", ".x"), "starts with '.'");
        oneSentence(render("--playlist", good.toString(), "--name", ""), "is empty");
        oneSentence(render("--playlist", good.toString(), "--name", "n".repeat(250)), "too long");
        assertThat(dir.resolve("x.m3u")).doesNotExist();
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderUnderAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");

        CliRun r = CliRun.of("render", "--playlist", good.toString(), "--out", file.resolve("sub").toString());

        oneSentence(r, file.toString(), "is a file, not a folder");
    }

    @Test
    void aReadOnlyOutputFolderIsNamed() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assumeThat(ro.toFile().setWritable(false) && !Files.isWritable(ro))
                .as("permissions are not enforced for this user (root)").isTrue();

        CliRun r = CliRun.of("render", "--playlist", good.toString(), "--out", ro.resolve("sub").toString());

        oneSentence(r, ro.toString(), "read-only");
    }

    @Test
    void refreshingEverySourceGoesPastFailingOnesAndReportsEach() throws Exception {
        Path data = dir.resolve("data");
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "source", "add", "m3u", "Dead", "--url", "http://127.0.0.1:1/x.m3u"));
        ok(run(data, "source", "add", "m3u", "Gone", "--url", dir.resolve("missing.m3u").toString()));
        ok(run(data, "source", "add", "m3u", "Fine", "--url", good.toString()));

        CliRun r = run(data, "source", "refresh");

        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.out()).contains("Fine");
        assertThat(r.err()).contains("error: Dead: cannot reach", "error: Gone: ", "missing.m3u",
                "2 of 3 sources could not be refreshed: Dead, Gone").doesNotContain("internal error");
        assertThat(run(data, "source", "list").out()).containsPattern("Fine\\tm3u\\t1 channel");
    }
}
