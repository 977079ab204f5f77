package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.dropbox.DropboxContentHash;
import dev.lineup.task.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block hash a render counts while writing is exactly the content hash Dropbox reports for the same
 * bytes (so a publish compares with the remote without reading the file), whatever the file's size against
 * the 4 MiB blocks and however the writes are cut; and it travels in the manifest of what a publish compares
 * (a layout's output), while a folder {@code lineup render} writes counts the SHA-256 alone.
 */
class BlockHashWhileWritingTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void theCountedBlockHashIsDropboxsContentHashAtEveryBlockBoundary() throws Exception {
        Random random = new Random(17);
        for (int size : new int[] {0, 1, 4 * MIB - 1, 4 * MIB, 4 * MIB + 1, 9 * MIB + 12345}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            HashingOutputStream out = new HashingOutputStream(new ByteArrayOutputStream());
            for (int at = 0; at < size; ) { // writes of uneven lengths, some crossing a block boundary
                int n = Math.min(size - at, 1 + random.nextInt(3 * MIB));
                out.write(bytes, at, n);
                at += n;
            }
            out.close();

            assertThat(out.blockSha256()).as("%d bytes", size).isEqualTo(DropboxContentHash.of(bytes));
            assertThat(out.sha256()).isEqualTo(Hashing.sha256(bytes));
        }
    }

    @Test
    void aRenderedManifestCarriesEachFilesBlockHash() throws Exception {
        Path dir = tmp.resolve("out");
        try (StagedOutput staged = new StagedOutput(dir)) {
            try (var out = staged.create("family.m3u")) {
                out.write("#EXTM3U\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            Manifest m = new Manifest(Manifest.SCHEMA, "Family", 1, "2026-12-06T00:00:00Z",
                    new Manifest.Instance("id", "name"), java.util.List.of(new Manifest.FileEntry("family.m3u",
                    staged.size("family.m3u"), staged.sha256("family.m3u"), staged.blockSha256("family.m3u"))));
            Manifest read = Manifest.parse(m.toJson());
            assertThat(read.files().get(0).blockSha256()).isEqualTo(DropboxContentHash.of("#EXTM3U\n".getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII)));
        }
        assertThat(Files.exists(dir)).isTrue();
    }

    @Test
    void aLayoutsOutputCarriesTheBlockHashAndARenderFolderTheSha256Alone() throws Exception {
        StringBuilder m3u = new StringBuilder("#EXTM3U\n");
        for (int i = 0; i < 20_000; i++) { // about 2 MB: the hashes are counted on the writer thread
            m3u.append("#EXTINF:-1 tvg-id=\"c").append(i).append("\",Channel ").append(i)
                    .append("\nhttp://example.test/live/").append(i).append(".ts\n");
        }
        Path playlist = tmp.resolve("in.m3u");
        Files.writeString(playlist, m3u, StandardCharsets.UTF_8);
        Manifest.Instance me = new Manifest.Instance("id-1", "Test PC");
        Instant now = Instant.parse("2026-12-07T04:00:00Z");

        Manifest published = LayoutRenderer.renderAll(new RenderRequest("all channels", "tv", tmp.resolve("layout"),
                true, false, null, null, me, now, false, true), List.of(playlist), List.of(), Progress.NONE).manifest();
        Manifest folder = LayoutRenderer.renderAll(new RenderRequest("all channels", "tv", tmp.resolve("folder"),
                true, false, null, null, me, now, false, false), List.of(playlist), List.of(), Progress.NONE).manifest();

        byte[] written = Files.readAllBytes(tmp.resolve("layout").resolve("tv.m3u"));
        assertThat(Files.readAllBytes(tmp.resolve("folder").resolve("tv.m3u"))).isEqualTo(written);
        Manifest.FileEntry forPublish = Manifest.readFrom(tmp.resolve("layout")).orElseThrow().files().get(0);
        assertThat(forPublish).isEqualTo(published.files().get(0));
        assertThat(forPublish.sha256()).isEqualTo(Hashing.sha256(written));
        assertThat(forPublish.blockSha256()).isEqualTo(DropboxContentHash.of(written));
        Manifest.FileEntry inFolder = Manifest.readFrom(tmp.resolve("folder")).orElseThrow().files().get(0);
        assertThat(inFolder).isEqualTo(folder.files().get(0));
        assertThat(inFolder.sha256()).isEqualTo(forPublish.sha256());
        assertThat(inFolder.size()).isEqualTo(written.length);
        assertThat(inFolder.blockSha256()).isNull();
        assertThat(Files.readString(tmp.resolve("folder").resolve(Manifest.FILE_NAME))).doesNotContain("blockSha256");
    }
}
