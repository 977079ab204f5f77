package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.dropbox.DropboxContentHash;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The block hash a render counts while writing is exactly the content hash Dropbox reports for the same
 * bytes (so a publish compares with the remote without reading the file), whatever the file's size against
 * the 4 MiB blocks and however the writes are cut; and it travels in the manifest.
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
}
