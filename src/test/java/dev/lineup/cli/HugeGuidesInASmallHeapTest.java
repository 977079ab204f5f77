package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code source refresh} of a small gz guide that repeats a few channels millions of times, in its own
 * JVM with a 256 MB heap (as {@link CliRun#process} runs it): duplicates are kept once, in bounded memory.
 */
class HugeGuidesInASmallHeapTest {
    private static final int REPEATS = 4_000_000;

    @TempDir
    Path tmp;

    @Test
    void millionsOfDuplicateChannelsRefreshIn256MbAndKeepEachChannelOnce() throws Exception {
        Path guide = tmp.resolve("dups.xml.gz");
        byte[] one = ("<channel id=\"dup.one\"><display-name>Dup One</display-name></channel>\n"
                + "<channel id=\"dup.two\"><display-name>Dup Two</display-name></channel>\n")
                .getBytes(StandardCharsets.UTF_8);
        // Streamed to disk as it is made: ~5 MB of gz, ~560 MB of XML, never held in memory.
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(guide)), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < REPEATS; i++) {
                out.write(one);
            }
            out.write("</tv>\n".getBytes(StandardCharsets.UTF_8));
        }
        Path data = tmp.resolve("data");
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "source", "add", "epg", "Dups", "--url", guide.toString()));

        CliRun r = CliRun.process(Map.of(), "--data-dir", data.toString(), "source", "refresh", "Dups");

        assertThat(r.code()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).doesNotContain("OutOfMemoryError");
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            long id = ws.store().sources().find("Dups").orElseThrow().id();
            assertThat(ws.store().sources().guideChannels(id)).extracting(c -> c.channelId())
                    .containsExactly("dup.one", "dup.two");
        }
    }
}
