package dev.lineup.sync.gdrive;

import com.google.api.client.googleapis.media.MediaHttpUploader;
import com.google.api.client.googleapis.media.MediaHttpUploaderProgressListener;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;

/**
 * The SDK's per-chunk listener of a resumable session, bridged to ours: the acknowledged bytes go to a
 * {@link Progress}, and the {@link UploadFence} is asked between chunks and before the chunk that completes the
 * upload. The SDK's listener may only throw {@link IOException}, so a {@link SyncException} (e.g. LeaseLost)
 * travels up wrapped in {@link Stopped} and the caller takes the original back out; unchecked exceptions (a
 * cancel) pass as they are. Either way the SDK never sends the last chunk, so the session is not completed and
 * Drive keeps the old content.
 */
final class DriveChunkBridge implements MediaHttpUploaderProgressListener {
    /** A progress report that asked to stop; carries the original exception. */
    static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;

        Stopped(SyncException cause) {
            super(cause.getMessage(), cause);
        }

        SyncException original() {
            return (SyncException) getCause();
        }
    }

    private final String name;
    private final Progress progress;
    private final UploadFence fence;
    private final long size;
    private final long chunkSize;
    private final boolean direct;

    DriveChunkBridge(String name, Progress progress, UploadFence fence, long size, long chunkSize, boolean direct) {
        this.name = name;
        this.progress = progress;
        this.fence = fence;
        this.size = size;
        this.chunkSize = chunkSize;
        this.direct = direct;
    }

    /** Whether the file goes up in one request (small enough), rather than a resumable session. */
    boolean direct() {
        return direct;
    }

    /** The fence before a direct (one-request) upload, which commits as it arrives. */
    void beforeDirectUpload() throws SyncException {
        if (direct) {
            fence.beforeCommit();
        }
    }

    @Override
    public void progressChanged(MediaHttpUploader uploader) throws IOException {
        // MEDIA_IN_PROGRESS follows each acknowledged chunk but the last; the completed upload is reported by
        // the caller once execute() returns. A direct upload announces itself with 0 bytes: nothing to tell.
        long done = uploader.getNumBytesUploaded();
        MediaHttpUploader.UploadState state = uploader.getUploadState();
        try {
            if (!direct && state == MediaHttpUploader.UploadState.INITIATION_COMPLETE && size <= chunkSize) {
                fence.beforeCommit(); // the only chunk is the one that completes the upload
            }
            if (state != MediaHttpUploader.UploadState.MEDIA_IN_PROGRESS || done <= 0) {
                return;
            }
            fence.betweenChunks();
            progress.update(name, done, size);
            if (size - done <= chunkSize) {
                fence.beforeCommit(); // the next chunk is the last: it makes the new content visible
            }
        } catch (SyncException e) {
            throw new Stopped(e);
        }
    }
}
