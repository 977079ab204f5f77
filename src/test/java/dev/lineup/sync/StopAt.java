package dev.lineup.sync;

import dev.lineup.task.Progress;

/**
 * For provider tests, both sides of an upload's watching: records the bytes a target reports and, as its fence,
 * throws {@code stop} between chunks once they reached {@code atLeast} (0: at the first chunk).
 */
public final class StopAt implements Progress, UploadFence {
    private final long atLeast;
    private final Exception stop;
    private volatile long sent;

    /** {@code stop}: a {@link SyncException} or a {@link RuntimeException}. */
    public StopAt(long atLeast, Exception stop) {
        this.atLeast = atLeast;
        this.stop = stop;
    }

    @Override
    public void update(String file, long done, long size) {
        sent = done;
    }

    @Override
    public void betweenChunks() throws SyncException {
        if (sent >= atLeast) {
            if (stop instanceof SyncException e) {
                throw e;
            }
            throw (RuntimeException) stop;
        }
    }
}
