package dev.lineup.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the bytes on their way to a file, so a rendered file's manifest entry costs no
 * second read of it. Callers buffer above it: every write here is a large block.
 */
final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest = Hashing.newSha256();
    private long size;
    private String sha256;

    HashingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        size += len;
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
    }

    long size() {
        requireClosed();
        return size;
    }

    String sha256() {
        requireClosed();
        return sha256;
    }

    private void requireClosed() {
        if (sha256 == null) {
            throw new IllegalStateException("the staged file is still being written");
        }
    }
}
