package dev.lineup.xmltv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a stream on a thread of its own: the guide's hashing, gzip and file writes run on one core while the
 * filter parses and serializes on the other. Bytes are handed over in blocks; a failure of the writing thread
 * is thrown by the next write, flush or close, and close returns only once every byte is written and the stream
 * closed (or throws why not). Not for use from several threads.
 */
public final class WriteBehind extends OutputStream {
    private static final int BLOCK = 1 << 16;
    /** Blocks handed over but not yet written: a little slack for the writer's pauses (256 KB). */
    private static final int BEHIND = 4;
    private static final byte[] END = new byte[0];

    private final OutputStream out;
    private final BlockingQueue<byte[]> pending = new ArrayBlockingQueue<>(BEHIND);
    private final Thread thread;
    private volatile Throwable failure;
    private byte[] block = new byte[BLOCK];
    private int length;
    private boolean closed;
    /** The failure was thrown once: close() does not throw it again (try-with-resources cannot add it to itself). */
    private boolean reported;

    public WriteBehind(OutputStream out, String name) {
        this.out = out;
        this.thread = new Thread(this::writeAll, "guide-write " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void writeAll() {
        try {
            for (byte[] b = pending.take(); b != END; b = pending.take()) {
                out.write(b);
            }
            out.close();
        } catch (Throwable t) {
            failure = t;
            try {
                out.close(); // the staged file is given up; its handle is not left open
            } catch (IOException | RuntimeException e) {
                t.addSuppressed(e);
            }
            drain();
        }
    }

    /** After a failure: takes what the filter still hands over, so it never waits for room, up to the end. */
    private void drain() {
        try {
            while (pending.take() != END) {
                // dropped: the output is failed and will not be committed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (length == BLOCK) {
            handOver();
        }
        block[length++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (length == BLOCK) {
                handOver();
            }
            int n = Math.min(len, BLOCK - length);
            System.arraycopy(b, off, block, length, n);
            length += n;
            off += n;
            len -= n;
        }
    }

    private void handOver() throws IOException {
        checkFailure();
        if (length > 0) {
            put(length == BLOCK ? block : Arrays.copyOf(block, length));
            block = new byte[BLOCK];
            length = 0;
        }
    }

    private void put(byte[] b) throws IOException {
        try {
            pending.put(b);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the guide");
        }
    }

    /** Hands over what is buffered; the bytes reach the file by {@link #close}. */
    @Override
    public void flush() throws IOException {
        handOver();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            handOver();
        } finally {
            put(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the guide");
            }
        }
        checkFailure();
    }

    private void checkFailure() throws IOException {
        Throwable t = reported ? null : failure;
        reported |= t != null;
        Rethrow.ifAny(t);
    }
}
