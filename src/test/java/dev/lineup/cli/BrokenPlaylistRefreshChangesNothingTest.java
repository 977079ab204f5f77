package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Layout;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's playlist file replaced by something that is not a channel list: {@code source refresh} says
 * which file, which line and what was expected, exits 1, and the stored channels and the layout built on
 * them stay exactly as they were.
 */
class BrokenPlaylistRefreshChangesNothingTest {
    @TempDir
    Path tmp;
    Path data;
    Path playlist;

    @BeforeEach
    void setUp() throws Exception {
        data = PublishFixture.installation(tmp.resolve("data"), "Den", tmp);
        playlist = tmp.resolve("Den.m3u");
    }

    record State(List<SourceChannel> channels, Layout layout) {
    }

    State state() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            Source s = ws.store().sources().find("P").orElseThrow();
            return new State(ws.store().channels().channels(s.id(), true), ws.store().layouts().load("Family").orElseThrow());
        }
    }

    CliRun refreshFails() {
        CliRun r = run(data, "source", "refresh", "P");
        assertThat(r.code()).as("stdout: %s%nstderr: %s", r.out(), r.err()).isEqualTo(1);
        return r;
    }

    /** Progress lines come first on stderr; the error is the line that says so. */
    static String errorLine(CliRun r) {
        return r.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("(no error line) " + r.err());
    }

    @Test
    void anHlsStreamPlaylistIsRefusedNamingTheLineAndTheChannelsAndLayoutStay() throws Exception {
        State before = state();
        Files.writeString(playlist, "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n#EXTINF:10.0,\nseg1.ts\n");
        CliRun r = refreshFails();
        assertThat(r.err()).contains("line 3").contains("HLS stream playlist");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aGzippedPlaylistCutMidStreamIsRefusedNamingTheFileAndTheChannelsAndLayoutStay() throws Exception {
        State before = state();
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 2000; i++) {
                out.write(("#EXTINF:-1 group-title=\"News\",Channel " + i + "\nhttp://tv.example/" + i + ".ts\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = gz.toByteArray();
        Files.write(playlist, Arrays.copyOf(all, all.length / 2));
        CliRun r = refreshFails();
        assertThat(errorLine(r)).startsWith("error: P, line ").contains("truncated");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void binaryGarbageIsRefusedAsNotAPlaylistAndTheChannelsAndLayoutStay() throws Exception {
        State before = state();
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(playlist, noise);
        CliRun r = refreshFails();
        assertThat(errorLine(r)).contains("line ");
        assertThat(state()).isEqualTo(before);
    }
}
