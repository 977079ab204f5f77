package dev.lineup.sync.dropbox;

import dev.lineup.files.BlockSha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Dropbox's content_hash: split the content into 4 MiB blocks, SHA-256 each block, SHA-256 the
 * concatenation of those digests, hex-encode. Streams the file, so a 200 MB guide costs 4 MiB of memory.
 */
public final class DropboxContentHash {
    private DropboxContentHash() {
    }

    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    public static String of(byte[] content) {
        try {
            return of(new java.io.ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array cannot fail", e);
        }
    }

    public static String of(InputStream in) throws IOException {
        BlockSha256 hash = new BlockSha256(DropboxConfig.BLOCK);
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) >= 0; ) {
            hash.update(buf, 0, n);
        }
        return hash.hex();
    }
}
