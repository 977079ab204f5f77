package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxException;
import com.dropbox.core.NetworkIOException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.CommitInfo;
import com.dropbox.core.v2.files.FileMetadata;
import com.dropbox.core.v2.files.UploadSessionAppendErrorException;
import com.dropbox.core.v2.files.UploadSessionCursor;
import com.dropbox.core.v2.files.UploadSessionType;
import com.dropbox.core.v2.files.WriteMode;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Big files through a Dropbox <em>concurrent</em> upload session: an empty start, the chunks as
 * append_v2 calls at their own offsets with up to {@code connections} in flight, the last (possibly
 * short) chunk alone with {@code close}, then an empty finish. A sequential session makes every chunk
 * wait for the answer to the one before it; here the next chunk is on the wire while the server takes in
 * the previous one, which is what a single request gets for free.
 *
 * <p>Dropbox's rules for such sessions: no data in start or finish, every chunk but the closing one a
 * multiple of 4 MiB at an offset that is one too, nothing appended after the close. The closing chunk is
 * therefore sent only after every other chunk is acknowledged. A chunk whose answer is lost is sent again
 * to the same offset (it replaces itself); a lost answer to the closing chunk shows as {@code closed} on
 * the resend, and the finish checks that nothing is missing. Chunks stream from disk ({@link FileRegion}): no chunk buffers.
 *
 * <p>Progress is reported after each acknowledged chunk, one report at a time and never backwards, and the
 * fence asked. A fence that throws is the first failure like any other: no new chunk starts, the ones in flight end,
 * and the session is never closed nor finished, so the old file stays.
 */
final class ConcurrentUploader {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentUploader.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int chunkSize;
    private final int connections;

    ConcurrentUploader(int chunkSize, int connections) {
        this.chunkSize = chunkSize;
        this.connections = connections;
    }

    FileMetadata upload(DbxClientV2 client, String path, Path file, WriteMode mode, Progress progress,
                        UploadFence fence)
            throws DbxException, IOException, SyncException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int chunks = Math.toIntExact((size + chunkSize - 1) / chunkSize);
            String session = client.files().uploadSessionStartBuilder().withSessionType(UploadSessionType.CONCURRENT)
                    .uploadAndFinish(InputStream.nullInputStream()).getSessionId();
            AtomicInteger resends = new AtomicInteger();
            Acknowledged acked = new Acknowledged(path, size, progress, fence);
            appendInParallel(client, session, channel, chunks - 1, resends, acked);
            acked.add(append(client, session, channel, chunks - 1, true, resends));
            CommitInfo commit = CommitInfo.newBuilder(path).withMode(mode).withAutorename(false).withMute(true).build();
            fence.beforeCommit(); // a lost lease commits nothing
            return client.files().uploadSessionFinish(new UploadSessionCursor(session, size), commit)
                    .uploadAndFinish(InputStream.nullInputStream());
        }
    }

    /** Chunks {@code 0 .. count-1}, each taken by whichever connection is free; the first failure stops the rest. */
    private void appendInParallel(DbxClientV2 client, String session, FileChannel channel, int count,
                                  AtomicInteger resends, Acknowledged acked)
            throws DbxException, IOException, SyncException {
        int workers = Math.min(connections, count);
        if (workers == 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "dropbox-upload-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    int index;
                    while (failure.get() == null && (index = next.getAndIncrement()) < count) {
                        try {
                            acked.add(append(client, session, channel, index, false, resends));
                        } catch (DbxException | IOException | SyncException | RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("upload of a big file was cancelled");
        } catch (ExecutionException e) {
            failure.compareAndSet(null, (Exception) e.getCause());
        } finally {
            pool.shutdownNow();
        }
        rethrow(failure.get());
    }

    /** Sends chunk {@code index} and returns its length once the server has acknowledged it. */
    private long append(DbxClientV2 client, String session, FileChannel channel, int index, boolean close,
                        AtomicInteger resends) throws DbxException, IOException {
        long offset = (long) index * chunkSize;
        long len = Math.min(chunkSize, channel.size() - offset);
        UploadSessionCursor cursor = new UploadSessionCursor(session, offset);
        while (true) {
            try {
                client.files().uploadSessionAppendV2Builder(cursor).withClose(close)
                        .uploadAndFinish(new FileRegion(channel, offset, len));
                return len;
            } catch (NetworkIOException e) {
                // The chunk may or may not have arrived: sending it again to its offset is harmless.
                if (resends.incrementAndGet() > DropboxUploader.MAX_RESUMES) {
                    throw e;
                }
                LOG.debug("Upload chunk at offset {} lost its answer, sending it again", offset);
            } catch (UploadSessionAppendErrorException e) {
                if (close && e.errorValue.isClosed() && resends.get() > 0) {
                    return len; // the lost answer was to this very close; finish will find any gap
                }
                throw e;
            }
        }
    }

    private static void rethrow(Exception e) throws DbxException, IOException, SyncException {
        if (e == null) {
            return;
        }
        if (e instanceof DbxException d) {
            throw d;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof SyncException s) {
            throw s;
        }
        throw (RuntimeException) e;
    }

    /** Bytes acknowledged so far; reported under one lock so listeners see them in order. */
    private static final class Acknowledged {
        private final long size;
        private final String path;
        private final Progress progress;
        private final UploadFence fence;
        private long done;

        Acknowledged(String path, long size, Progress progress, UploadFence fence) {
            this.path = path;
            this.size = size;
            this.progress = progress;
            this.fence = fence;
        }

        synchronized void add(long bytes) throws SyncException {
            done += bytes;
            DropboxUploader.acknowledged(path, done, size, progress, fence);
        }
    }
}
