package dev.lineup.sync.dropbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        MessageDigest overall = sha256();
        MessageDigest block = sha256();
        byte[] buf = new byte[64 * 1024];
        int inBlock = 0;
        while (true) {
            int want = Math.min(buf.length, DropboxConfig.BLOCK - inBlock);
            int n = in.read(buf, 0, want);
            if (n < 0) {
                break;
            }
            block.update(buf, 0, n);
            inBlock += n;
            if (inBlock == DropboxConfig.BLOCK) {
                overall.update(block.digest());
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            overall.update(block.digest());
        }
        return HexFormat.of().formatHex(overall.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
