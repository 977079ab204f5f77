package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Source;
import dev.lineup.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide source whose .xml.gz arrives cut off mid-stream (a half-finished download): the refresh fails
 * naming the guide (not an internal temporary file), and the previous guide file and channels stay.
 */
class TruncatedGuideRefreshKeepsPreviousGuideTest {
    @TempDir
    Path tmp;

    @Test
    void aGuideCutMidStreamFailsNamingTheGuideAndKeepsThePreviousGuide() throws Exception {
        Path data = tmp.resolve("data");
        Path guide = tmp.resolve("guide.xml.gz");
        byte[] whole = Files.readAllBytes(Corpus.path("xmltv/epg.iptvx.one.xml.gz"));
        Files.write(guide, whole);
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
        List<GuideSourceChannel> before;
        Path kept;
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            Source s = ws.store().sources().find("G").orElseThrow();
            before = ws.store().sources().guideChannels(s.id());
            kept = ws.store().sources().guideFile(s.id()).orElseThrow();
        }
        assertThat(before).isNotEmpty();

        Files.write(guide, Arrays.copyOf(whole, whole.length / 2));
        CliRun r = run(data, "source", "refresh", "G");

        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: " + guide + ":").contains("expected").doesNotContain(".part");
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            Source s = ws.store().sources().find("G").orElseThrow();
            assertThat(ws.store().sources().guideChannels(s.id())).isEqualTo(before);
            assertThat(ws.store().sources().guideFile(s.id())).contains(kept);
        }
        assertThat(Files.readAllBytes(kept)).isEqualTo(whole);
    }
}
