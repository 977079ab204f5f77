package dev.lineup.sync.dropbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropbox content_hash, checked against a second, deliberately naive implementation. */
class DropboxContentHashTest {
    private static final int BLOCK = 4 * 1024 * 1024;
    @TempDir
    Path dir;

    /** Whole array in memory, blocks cut with copyOfRange: shares no code with the streaming version. */
    private static String reference(byte[] data) throws Exception {
        ByteArrayOutputStream digests = new ByteArrayOutputStream();
        for (int start = 0; start < data.length; start += BLOCK) {
            byte[] block = Arrays.copyOfRange(data, start, Math.min(data.length, start + BLOCK));
            digests.write(MessageDigest.getInstance("SHA-256").digest(block));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digests.toByteArray()));
    }

    @Test
    void multiBlockFileMatchesTheReference() throws Exception {
        byte[] data = new byte[2 * BLOCK + 12345];
        new Random(42).nextBytes(data);
        Path f = Files.write(dir.resolve("g.xml"), data);
        assertThat(DropboxContentHash.of(f)).isEqualTo(reference(data)).hasSize(64);
    }

    @Test
    void blockBoundariesMatter() throws Exception {
        byte[] exact = new byte[BLOCK];
        new Random(7).nextBytes(exact);
        byte[] plusOne = Arrays.copyOf(exact, BLOCK + 1);
        assertThat(DropboxContentHash.of(exact)).isEqualTo(reference(exact));
        assertThat(DropboxContentHash.of(plusOne)).isEqualTo(reference(plusOne))
                .isNotEqualTo(DropboxContentHash.of(exact));
        // One block: the hash is SHA-256 of the block's SHA-256, not the plain SHA-256 of the content.
        assertThat(DropboxContentHash.of(exact)).isNotEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(exact)));
    }

    @Test
    void emptyContentIsTheHashOfNothing() {
        assertThat(DropboxContentHash.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
