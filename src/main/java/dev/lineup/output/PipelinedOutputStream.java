package dev.lineup.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the bytes written to it, in large blocks, to a thread of its own that writes them on to {@code sink}
 * (a staged file that hashes what it is given): producing a playlist and hashing and writing it then run on
 * two cores at once. Memory is bounded by three blocks. A failure of the sink is thrown at the next write,
 * flush or close; {@link #close} waits until every byte is written and then closes the sink, so the sink's
 * size and hash are complete once this stream is closed. Not thread-safe (one producer).
 */
final class PipelinedOutputStream extends OutputStream {
    private static final int BLOCK = 1 << 18;
    private static final int BLOCKS = 3;

    private static final class Block {
        final byte[] data = new byte[BLOCK];
        int len;
    }

    /** Handed to the writer thread to tell it that nothing more comes. */
    private static final Block END = new Block();

    private final OutputStream sink;
    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread writer;
    private volatile IOException failure;
    /** Set when the producer gave up (interrupted in close): the writer thread stops after what it is doing. */
    private volatile boolean abandoned;
    private Block current = new Block();
    private boolean closed;

    PipelinedOutputStream(OutputStream sink, String what) {
        this.sink = sink;
        for (int i = 1; i < BLOCKS; i++) {
            free.add(new Block());
        }
        writer = new Thread(this::drain, "lineup-writer-" + what);
        writer.setDaemon(true);
        writer.start();
    }

    /** The writer thread: writes each block, and after a failure only gives blocks back (the producer never waits forever). */
    private void drain() {
        try {
            for (Block b; !abandoned && (b = full.take()) != END; ) {
                if (failure == null) {
                    try {
                        sink.write(b.data, 0, b.len);
                    } catch (IOException | RuntimeException e) {
                        failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                    }
                }
                b.len = 0;
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the producer gave up (close was interrupted): stop here
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (current.len == BLOCK) {
            handOff();
        }
        current.data[current.len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (current.len == BLOCK) {
                handOff();
            }
            int n = Math.min(len, BLOCK - current.len);
            System.arraycopy(b, off, current.data, current.len, n);
            current.len += n;
            off += n;
            len -= n;
        }
    }

    /** Waits until every byte written so far has reached the sink, then flushes it. */
    @Override
    public void flush() throws IOException {
        if (current.len > 0) {
            handOff();
        }
        Block[] all = new Block[BLOCKS - 1];
        try {
            for (int i = 0; i < all.length; i++) {
                all[i] = free.take(); // every other block back: the writer has nothing left to do
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        } finally {
            for (Block b : all) {
                if (b != null) {
                    free.add(b);
                }
            }
        }
        throwIfFailed();
        sink.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (current.len > 0 && failure == null) {
                handOff();
            }
        } finally {
            try {
                full.put(END);
                writer.join();
            } catch (InterruptedException e) {
                abandoned = true;
                writer.interrupt();
                Thread.currentThread().interrupt();
                sink.close();
                throw new InterruptedIOException("interrupted while writing");
            }
            sink.close();
        }
        throwIfFailed();
    }

    private void handOff() throws IOException {
        throwIfFailed();
        try {
            full.put(current);
            current = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        }
        throwIfFailed();
    }

    private void throwIfFailed() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
