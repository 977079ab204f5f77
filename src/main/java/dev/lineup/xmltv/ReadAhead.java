package dev.lineup.xmltv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream on a thread of its own, a few blocks ahead of its reader: the guide's bytes are read, unpacked
 * and rid of unkept programmes ({@link ProgrammeSkipper}) on one core while the XML parser and the writer work
 * on the other. Whatever the reading throws reaches the reader at the point of the stream where it happened,
 * as it was thrown. Closing stops the thread and closes the stream before it returns.
 */
final class ReadAhead extends BlockInputStream {
    private static final int BLOCK = 1 << 16;
    /** Blocks read but not yet taken: enough to ride out the parser's pauses, little memory (256 KB). */
    static final int AHEAD = 4;

    private final InputStream in;
    /** Kept programmes copied beside the stream (their batches ride with the blocks), or null. */
    private final VerbatimCopies copies;
    /** Where the reader hands the batches: {@link #copies}, or those of the skip before (see {@link SplitSkip}). */
    private final VerbatimCopies receiver;
    private final BlockingQueue<Block> ready;
    private final BlockingQueue<byte[]> spare;
    private final Thread thread;
    private volatile boolean closed;
    /** The first block was handed on (on the reading thread only). */
    private boolean started;
    private Block current = new Block(new byte[0], 0, null, null);
    private int pos;

    /** One block of bytes, or the end ({@code length < 0}), or what the reading threw; with the copies made meanwhile. */
    private record Block(byte[] bytes, int length, Throwable failure, VerbatimCopies.Batch copies) {
    }

    ReadAhead(InputStream in, String name) {
        this(in, name, null);
    }

    /**
     * As {@link #ReadAhead(InputStream, String)}, for a stream that copies kept programmes into {@code copies} as it
     * is read: each block carries the programmes copied while it was filled, so they reach the reader no later than
     * their stand-ins, and a block is handed on early once its copies hold {@link #BLOCK} bytes (memory stays bounded).
     */
    ReadAhead(InputStream in, String name, VerbatimCopies copies) {
        this(in, name, copies, copies, AHEAD);
    }

    /** As {@link #ReadAhead(InputStream, String, VerbatimCopies)}, up to {@code blocks} blocks ahead, batches to {@code receiver}. */
    ReadAhead(InputStream in, String name, VerbatimCopies copies, VerbatimCopies receiver, int blocks) {
        this.in = in;
        this.copies = copies;
        this.receiver = receiver;
        this.ready = new ArrayBlockingQueue<>(blocks);
        this.spare = new ArrayBlockingQueue<>(blocks + 2);
        this.thread = new Thread(this::readAll, "guide-read " + name);
        thread.setDaemon(true); // never keeps the application alive; close() ends it in any case
        thread.start();
    }

    private void readAll() {
        try (InputStream stream = in) {
            while (!closed) {
                byte[] bytes = spare.poll();
                if (bytes == null) {
                    bytes = new byte[BLOCK];
                }
                int n = 0;
                boolean end = false;
                try {
                    // fills the block: the parser gets big blocks, whatever size the stream hands out; but the
                    // first goes on with the stream's first bytes: the reader waits for the root element, and a
                    // skip that takes most bytes out may read a megabyte before it has a block's worth to give
                    while (n < BLOCK && (copies == null || copies.batchBytes() < BLOCK)) {
                        int r = stream.read(bytes, n, BLOCK - n);
                        if (r < 0) {
                            end = true;
                            break;
                        }
                        n += r;
                        if (!started) {
                            started = true;
                            break;
                        }
                    }
                } catch (Throwable t) { // the bytes before the failure first, so it is met where it happened
                    if (n == 0 || hand(new Block(bytes, n, null, batch()))) {
                        hand(new Block(null, -1, t, batch()));
                    }
                    return;
                }
                if (n > 0 && !hand(new Block(bytes, n, null, batch()))) {
                    return;
                }
                if (end) {
                    hand(new Block(null, -1, null, batch()));
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // closing the stream failed after its end was handed on (or after the reader closed): nothing is lost
        }
    }

    private VerbatimCopies.Batch batch() {
        return copies == null ? null : copies.takeBatch();
    }

    /** Waits for room for one more block; false once the reader has closed the stream. */
    private boolean hand(Block block) {
        try {
            while (!ready.offer(block, 50, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos >= current.length) {
            if (current.length < 0) {
                return endOrFailure();
            }
            next();
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current.bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    private void next() throws IOException {
        if (current.bytes != null && current.bytes.length == BLOCK) {
            spare.offer(current.bytes);
        }
        try {
            current = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the guide");
        }
        pos = 0;
        if (current.copies != null) {
            receiver.receive(current.copies);
        }
    }

    /** -1 at the end; what the reading threw, every time it is asked again. */
    private int endOrFailure() throws IOException {
        Throwable failure = current.failure;
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException r) {
            throw r;
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IOException(failure);
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        ready.clear(); // lets a reading thread waiting for room see the close at once
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while closing the guide");
        }
    }
}
