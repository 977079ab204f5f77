package dev.lineup.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Holds what the log writes to {@code System.err} while a command runs and prints it when the command
 * has finished, so a command's own first stderr line stays first: DESIGN.md's exit 3 promises scripts
 * {@code KIND: facts} there, and a "[WARN] Publisher ..." line in front of it broke that. The simple
 * logger looks {@code System.err} up at every write, which is what makes swapping it enough. Commands
 * print through picocli's writer, created on the original stream before the swap, so their progress
 * still streams. Past {@link #LIMIT} held bytes the log passes straight through (order then gives way
 * to memory: a guide with a warning per channel must not pile up).
 */
final class HeldLog implements AutoCloseable {
    static final int LIMIT = 256 * 1024;

    private final PrintStream original;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean passThrough;

    private HeldLog(PrintStream original) {
        this.original = original;
    }

    /** Starts holding; {@link #close()} prints what was held and puts {@code System.err} back. */
    static HeldLog hold() {
        HeldLog h = new HeldLog(System.err);
        System.setErr(new PrintStream(h.sink(), true, Charset.defaultCharset()));
        return h;
    }

    private OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (HeldLog.this) {
                    if (!passThrough && held.size() + len <= LIMIT) {
                        held.write(b, off, len);
                        return;
                    }
                    release();
                    original.write(b, off, len);
                }
            }

            @Override
            public void flush() {
                synchronized (HeldLog.this) {
                    if (passThrough) {
                        original.flush();
                    }
                }
            }
        };
    }

    /** Prints what was held; from then on the log writes through. */
    synchronized void release() {
        if (!passThrough) {
            passThrough = true;
            original.write(held.toByteArray(), 0, held.size());
            original.flush();
            held.reset();
        }
    }

    @Override
    public void close() {
        release();
        System.setErr(original);
    }
}
