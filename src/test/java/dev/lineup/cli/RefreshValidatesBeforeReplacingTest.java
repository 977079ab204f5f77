package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Source;
import dev.lineup.testing.Corpus;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refreshed guide or playlist is read to its very end and must list a channel before it replaces the
 * previous one: a gzip guide with a broken CRC or cut trailer, or a guide of {@code <tv></tv>}, fails
 * with exit 1 and leaves the previous guide file and channels as they were.
 */
class RefreshValidatesBeforeReplacingTest {
    @TempDir
    Path tmp;
    Path data;
    Path guide;
    byte[] good;

    @BeforeEach
    void aRefreshedGuide() throws Exception {
        data = tmp.resolve("data");
        guide = tmp.resolve("guide.xml.gz");
        good = Files.readAllBytes(Corpus.path("xmltv/epg.iptvx.one.xml.gz"));
        Files.write(guide, good);
        ok(run(data, "init", "--name", "Den"));
        ok(run(data, "source", "add", "epg", "G", "--url", guide.toString()));
        ok(run(data, "source", "refresh", "G"));
    }

    private int guideChannels() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            Source s = ws.store().sources().find("G").orElseThrow();
            return ws.store().sources().guideChannels(s.id()).size();
        }
    }

    private Path guideFile() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            return ws.store().sources().guideFile(ws.store().sources().find("G").orElseThrow().id()).orElseThrow();
        }
    }

    private void refreshFailsAndKeepsTheGuide(String expected) throws Exception {
        int before = guideChannels();
        CliRun r = run(data, "source", "refresh", "G");
        assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: ").contains(expected).doesNotContain(".part", "Exception");
        assertThat(guideChannels()).isEqualTo(before).isPositive();
        assertThat(Files.readAllBytes(guideFile())).isEqualTo(good);
    }

    @Test
    void aGzipGuideWithABrokenCrcIsRefused() throws Exception {
        byte[] bad = good.clone();
        bad[bad.length - 6] ^= 0x5a; // inside the CRC-32 of the trailer: every XML byte is intact
        Files.write(guide, bad);

        refreshFailsAndKeepsTheGuide("compressed data ends or breaks off early");
    }

    @Test
    void aGzipGuideMissingItsTrailerIsRefused() throws Exception {
        Files.write(guide, Arrays.copyOf(good, good.length - 8));

        refreshFailsAndKeepsTheGuide("compressed data ends or breaks off early");
    }

    @Test
    void anEmptyGuideIsRefusedUnlessTheUserAllowsIt() throws Exception {
        Files.writeString(guide.resolveSibling("empty.xml"), "<tv></tv>");
        ok(run(data, "source", "add", "epg", "E", "--url", guide.resolveSibling("empty.xml").toString()));
        Files.write(guide, gzip("<?xml version=\"1.0\"?><tv></tv>"));

        refreshFailsAndKeepsTheGuide("returned no channels; the previous");
        CliRun first = run(data, "source", "refresh", "E");
        assertThat(first.code()).isEqualTo(1);
        assertThat(first.firstErrLine()).contains("nothing was stored",
                Advice.command(data, "source", "refresh", "E", "--allow-empty"));

        ok(run(data, "source", "refresh", "G", "--allow-empty"));
        assertThat(guideChannels()).isZero();
    }

    @Test
    void aFiveByteGzipIsOneSentenceNamingTheFile() throws Exception {
        Files.write(guide, Arrays.copyOf(good, 5));

        refreshFailsAndKeepsTheGuide(guide.toString());
    }

    private static byte[] gzip(String xml) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
