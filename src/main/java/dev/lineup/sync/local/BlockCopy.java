package dev.lineup.sync.local;

import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Copies a file into an open channel in blocks, reporting after each one, so a big guide copied to a
 * slow disk or network share shows progress and can be stopped between blocks (the caller then deletes
 * its temp file; the published name is never touched).
 */
final class BlockCopy {
    /** Big enough that a fast disk copies at full speed, small enough for several reports per big guide. */
    static final long BLOCK = 8L * 1024 * 1024;

    private BlockCopy() {
    }

    static void copy(Path source, FileChannel out, String name, Progress progress, UploadFence fence, long block)
            throws IOException, SyncException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                long end = Math.min(size, done + block);
                while (done < end) {
                    done += in.transferTo(done, end - done, out);
                }
                fence.betweenChunks(); // nothing is placed yet: a stop leaves the published file as it was
                progress.update(name, done, size);
            }
            if (size == 0) {
                progress.update(name, 0, 0);
            }
        }
    }
}
