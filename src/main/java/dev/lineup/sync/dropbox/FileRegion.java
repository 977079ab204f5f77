package dev.lineup.sync.dropbox;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A byte range of an open file, handed to the SDK as the body of one upload call. The SDK only sees an
 * {@link InputStream}; {@link RegionRequestor} recognises it and streams the range from disk with its
 * length known, so no chunk is ever held in memory and a resend simply reads the range again. Reads are
 * positional, so several regions of one channel can be sent at once.
 */
final class FileRegion extends InputStream {
    private final FileChannel channel;
    private final long offset;
    private final long length;
    private long read;

    FileRegion(FileChannel channel, long offset, long length) {
        this.channel = channel;
        this.offset = offset;
        this.length = length;
    }

    long length() {
        return length;
    }

    /** The same range from its start again, for a body that is written more than once. */
    FileRegion reopen() {
        return new FileRegion(channel, offset, length);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (read >= length) {
            return -1;
        }
        int want = (int) Math.min(len, length - read);
        int n = channel.read(ByteBuffer.wrap(b, off, want), offset + read);
        if (n < 0) {
            throw new EOFException("the file shrank while it was uploaded, at byte " + (offset + read));
        }
        read += n;
        return n;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, length - read);
    }
}
