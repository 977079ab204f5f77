package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider playlist far bigger than the heap allows holding: {@code source refresh}, {@code layout
 * create --from-source} and {@code output} of 100,000 entries (about 30 MB of playlist, a few hundred
 * MB as Java objects) each run in their own JVM with a 96 MB heap, then a second refresh with renamed
 * channels and rotated URL tokens. Every entry reaches the output, in order, with the new names and
 * URLs: identity matching, storing and rendering stream the channels instead of holding them all.
 */
class BigSourceInASmallHeapTest {
    private static final int ENTRIES = 100_000;
    private static final String HEAP = "96m";

    @TempDir
    Path tmp;

    @Test
    void aSourceBiggerThanTheHeapRefreshesAndOutputsInNinetySixMegabytes() throws Exception {
        Path playlist = tmp.resolve("provider.m3u");
        write(playlist, "tok1", "");
        Path data = tmp.resolve("data");
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "source", "add", "m3u", "Provider", "--url", playlist.toString()));
        ok(run(data, "config", "set", "guide.dummy.block-minutes", "0"));

        inSmallHeap(data, "source", "refresh", "Provider");
        inSmallHeap(data, "layout", "create", "Family", "--from-source", "Provider");
        write(playlist, "tok2", " (new)"); // every token rotated, every channel renamed
        CliRun again = inSmallHeap(data, "source", "refresh", "Provider");
        inSmallHeap(data, "output", "Family", "--to", tmp.resolve("out").toString());

        assertThat(again.out() + again.err()).contains(ENTRIES + " renamed");
        Path m3u = tmp.resolve("out").resolve("family.m3u");
        try (var lines = Files.lines(m3u)) {
            var urls = lines.filter(l -> l.startsWith("http")).toList();
            assertThat(urls).hasSize(ENTRIES);
            assertThat(urls.get(0)).isEqualTo(url(0, "tok2"));
            assertThat(urls.get(ENTRIES - 1)).isEqualTo(url(ENTRIES - 1, "tok2"));
        }
        assertThat(Files.readString(m3u)).contains(",Channel number 77777 with a long name (new)\n");
    }

    private CliRun inSmallHeap(Path data, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun r = CliRun.process(HEAP, Map.of(), all);
        assertThat(r.code()).as("lineup %s: %s", String.join(" ", args), r.err()).isZero();
        assertThat(r.err()).doesNotContain("OutOfMemoryError");
        return r;
    }

    private static void write(Path file, String token, String suffix) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#EXTM3U\n");
            for (int i = 0; i < ENTRIES; i++) {
                w.write("#EXTINF:-1 tvg-id=\"ch" + i + ".example\" tvg-name=\"Channel number " + i
                        + "\" tvg-logo=\"http://logos.example/images/" + i + ".png\" group-title=\"Group " + (i % 40)
                        + "\" catchup=\"xc\" catchup-days=\"5\",Channel number " + i + " with a long name" + suffix
                        + "\n" + url(i, token) + "\n");
            }
        }
    }

    private static String url(int i, String token) {
        return "http://line.provider.example:8080/live/user/" + token + "/" + (100_000 + i) + ".ts";
    }
}
