package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory moved to another disk or computer keeps working: a source file inside it (the bundled
 * sample) is found at its new place, also when an earlier version stored it absolute.
 */
class MovedDataDirectoryTest {
    @TempDir
    Path dir;

    private static Path samplePlaylist(Path data) throws Exception {
        Path f = data.resolve("sample/sample-playlist.m3u");
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "#EXTM3U\n#EXTINF:-1,One\nhttp://example.test/1\n");
    }

    @Test
    void aSourceFileInsideTheDataDirectoryIsFoundAfterTheDirectoryMoved() throws Exception {
        Path before = dir.resolve("before");
        Path file = samplePlaylist(before);
        try (LineupStore s = LineupStore.open(before, m -> { })) {
            Source src = s.sources().add("Sample", SourceKind.M3U, file.toString(), null, null, false, false);
            assertThat(s.sources().find("Sample").orElseThrow().location()).as("shown and stored relative")
                    .isEqualTo("sample/sample-playlist.m3u");
            assertThat(Path.of(s.sources().location(src))).isEqualTo(file.toAbsolutePath().normalize());
        }
        Path after = dir.resolve("after");
        Files.move(before, after);
        try (LineupStore s = LineupStore.open(after, m -> { })) {
            Path now = Path.of(s.sources().location(s.sources().find("Sample").orElseThrow()));
            assertThat(now).isEqualTo(after.resolve("sample/sample-playlist.m3u").toAbsolutePath().normalize())
                    .exists();
        }
    }

    @Test
    void anAbsoluteSampleLocationWrittenByAnEarlierVersionIsMovedAlong() throws Exception {
        Path before = dir.resolve("before");
        Path file = samplePlaylist(before);
        try (LineupStore s = LineupStore.open(before, m -> { })) {
            Source src = s.sources().add("Sample", SourceKind.M3U, "http://placeholder.test/x.m3u", null, null,
                    false, false);
            // What versions before this one wrote: the absolute path, in the row and in the secrets table.
            s.database().tx(c -> {
                Secrets.put(c, "source." + src.id() + ".location", file.toAbsolutePath().toString());
                try (var ps = c.prepareStatement("UPDATE sources SET location = ? WHERE id = ?")) {
                    ps.setString(1, file.toAbsolutePath().toString());
                    ps.setLong(2, src.id());
                    return ps.executeUpdate();
                }
            });
        }
        Path after = dir.resolve("after");
        Files.move(before, after);
        try (LineupStore s = LineupStore.open(after, m -> { })) {
            Source src = s.sources().find("Sample").orElseThrow();
            assertThat(src.location()).isEqualTo("sample/sample-playlist.m3u");
            assertThat(Path.of(s.sources().location(src))).exists()
                    .isEqualTo(after.resolve("sample/sample-playlist.m3u").toAbsolutePath().normalize());
        }
    }

    @Test
    void filesElsewhereAndUrlsAreKeptAsGivenAndARelativePathMeansTheWorkingDirectory() throws Exception {
        Path outside = Files.writeString(dir.resolve("mine.m3u"), "#EXTM3U\n");
        try (LineupStore s = LineupStore.open(dir.resolve("data"), m -> { })) {
            Source file = s.sources().add("Mine", SourceKind.M3U, outside.toString(), null, null, false, false);
            Source url = s.sources().add("Web", SourceKind.M3U, "https://example.test/list.m3u?x=1", null, null,
                    false, false);
            Source typed = s.sources().add("Typed", SourceKind.M3U, "lists/typed.m3u", null, null, false, false);
            assertThat(s.sources().location(file)).isEqualTo(outside.toString());
            assertThat(s.sources().location(url)).isEqualTo("https://example.test/list.m3u?x=1");
            assertThat(s.sources().location(typed))
                    .isEqualTo(Path.of("lists/typed.m3u").toAbsolutePath().normalize().toString());
        }
    }
}
