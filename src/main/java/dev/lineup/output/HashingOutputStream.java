package dev.lineup.output;

import dev.lineup.files.BlockSha256;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Counts and hashes the bytes on their way to a file, so a rendered file's manifest entry costs no second
 * read of it: the SHA-256 of the whole, and the block hash (SHA-256 of the SHA-256s of each 4 MiB block, what
 * Dropbox reports as a file's {@code content_hash}), so a publish can compare with the remote without reading
 * the file to hash it (when asked for: it is a second SHA-256 pass over every byte). Callers buffer above it:
 * every write here is a large block.
 */
final class HashingOutputStream extends FilterOutputStream {
    /** The block size of the block hash: Dropbox's 4 MiB. */
    static final int BLOCK = 4 * 1024 * 1024;
    private final MessageDigest digest = Hashing.newSha256();
    /** Null when the block hash is not counted. */
    private final BlockSha256 blocks;
    private long size;
    private String sha256;
    private String blockSha256;

    HashingOutputStream(OutputStream out) {
        this(out, true);
    }

    HashingOutputStream(OutputStream out, boolean blockHash) {
        super(out);
        blocks = blockHash ? new BlockSha256(BLOCK) : null;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        size += len;
        if (blocks != null) {
            blocks.update(b, off, len);
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (sha256 == null) {
            sha256 = HexFormat.of().formatHex(digest.digest());
            blockSha256 = blocks == null ? null : blocks.hex();
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

    /** Null when it was not counted. */
    String blockSha256() {
        requireClosed();
        return blockSha256;
    }

    private void requireClosed() {
        if (sha256 == null) {
            throw new IllegalStateException("the staged file is still being written");
        }
    }
}
