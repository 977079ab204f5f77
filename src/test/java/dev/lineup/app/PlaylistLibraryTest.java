package dev.lineup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theBundledSampleReadsWithStableKeysByCategory() throws Exception {
        PlaylistLibrary lib = new PlaylistLibrary().addSample();
        assertThat(lib.sources().get(0).channels()).isEqualTo(-1);
        SourceCatalog c = lib.catalog("Sample", TaskProgress.NONE);
        assertThat(c.channels()).hasSize(29);
        assertThat(c.byCategory().keySet()).startsWith("News", "Entertainment");
        assertThat(c.channels().get(0).sourceKey()).isEqualTo("tvg:northwindnews.uk@news");
        assertThat(lib.sources().get(0).channels()).isEqualTo(29);
        assertThat(lib.editingUnavailableReason()).isPresent();
    }

    @Test
    void aLocalFileWithABrokenEntryListsWhatWasSkipped() throws Exception {
        Path f = dir.resolve("mine.m3u");
        Files.writeString(f, "#EXTM3U\n#EXTINF:-1 group-title=\"A\",One\nhttp://h/1\n#EXTINF:-1,No url\n"
                + "#EXTINF:-1 group-title=\"A\",Two\nhttp://h/2\n");
        PlaylistLibrary lib = new PlaylistLibrary().addFile("Mine", f);
        assertThat(lib.catalog("Mine", TaskProgress.NONE).channels()).extracting(r -> r.name()).containsExactly("One", "Two");
        assertThat(lib.sources().get(0).issues()).isNotEmpty();
        assertThatThrownBy(() -> lib.catalog("Nope", TaskProgress.NONE)).isInstanceOf(UnknownSourceException.class);
    }
}
