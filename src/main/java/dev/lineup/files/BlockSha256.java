package dev.lineup.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A block hash, fed incrementally: the SHA-256 of each fixed-size block, then the SHA-256 of those digests
 * concatenated, hex-encoded. With 4 MiB blocks this is Dropbox's {@code content_hash}. One implementation
 * serves the render (hashing while it writes) and the Dropbox target (hashing a file it did not render).
 */
public final class BlockSha256 {
    private final int blockSize;
    private final MessageDigest block = newSha256();
    private final MessageDigest blocks = newSha256();
    private int inBlock;
    private String hex;

    public BlockSha256(int blockSize) {
        if (blockSize <= 0) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
        this.blockSize = blockSize;
    }

    public void update(byte[] b, int off, int len) {
        if (hex != null) {
            throw new IllegalStateException("the block hash is already finished");
        }
        for (int done = 0; done < len; ) {
            int n = Math.min(len - done, blockSize - inBlock);
            block.update(b, off + done, n);
            inBlock += n;
            done += n;
            if (inBlock == blockSize) {
                blocks.update(block.digest());
                inBlock = 0;
            }
        }
    }

    /** Finishes the hash (idempotent): further updates are refused. */
    public String hex() {
        if (hex == null) {
            if (inBlock > 0) {
                blocks.update(block.digest());
            }
            hex = HexFormat.of().formatHex(blocks.digest());
        }
        return hex;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
