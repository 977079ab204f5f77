package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxException;
import com.dropbox.core.NetworkIOException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.CommitInfo;
import com.dropbox.core.v2.files.FileMetadata;
import com.dropbox.core.v2.files.UploadSessionAppendErrorException;
import com.dropbox.core.v2.files.UploadSessionCursor;
import com.dropbox.core.v2.files.UploadSessionFinishErrorException;
import com.dropbox.core.v2.files.UploadSessionLookupError;
import com.dropbox.core.v2.files.WriteMode;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Big files through an upload session: start with the first chunk, append_v2 whole chunks (multiples of
 * 4 MiB, as Dropbox requires), finish with the rest. The server's offset is the truth: when a chunk's
 * answer is lost the session continues from where the server says it is ({@code incorrect_offset}),
 * so a dropped connection costs one chunk, not the whole file. Other failures go up unchanged.
 * Progress is reported after every acknowledged chunk, and the fence asked; a fence that throws ends the
 * upload before the finish, so the old file stays.
 */
final class DropboxUploader {
    private static final Logger LOG = LoggerFactory.getLogger(DropboxUploader.class);
    /** Session resumptions per upload; past it the pacer restarts the whole put. */
    static final int MAX_RESUMES = 3;

    private final int chunkSize;

    DropboxUploader(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    FileMetadata upload(DbxClientV2 client, String path, Path file, WriteMode mode, Progress progress,
                        UploadFence fence)
            throws DbxException, IOException, SyncException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long first = Math.min(chunkSize, size);
            String session = client.files().uploadSessionStart().uploadAndFinish(new FileRegion(channel, 0, first))
                    .getSessionId();
            acknowledged(path, first, size, progress, fence);
            long offset = first;
            int resumes = 0;
            CommitInfo commit = CommitInfo.newBuilder(path).withMode(mode).withAutorename(false).withMute(true)
                    .build();
            while (true) {
                long remaining = size - offset;
                long len = Math.min(chunkSize, remaining);
                FileRegion chunk = new FileRegion(channel, offset, len);
                UploadSessionCursor cursor = new UploadSessionCursor(session, offset);
                try {
                    if (remaining <= chunkSize) {
                        fence.beforeCommit(); // a lost lease commits nothing
                        FileMetadata done = client.files().uploadSessionFinish(cursor, commit).uploadAndFinish(chunk);
                        progress.update(DropboxUploader.nameOf(path), size, size);
                        return done;
                    }
                    client.files().uploadSessionAppendV2(cursor).uploadAndFinish(chunk);
                    offset += len;
                    acknowledged(path, offset, size, progress, fence);
                } catch (UploadSessionAppendErrorException e) {
                    if (!e.errorValue.isIncorrectOffset() || ++resumes > MAX_RESUMES) {
                        throw e;
                    }
                    offset = serverOffset(e.errorValue.getIncorrectOffsetValue().getCorrectOffset(), size, e);
                } catch (UploadSessionFinishErrorException e) {
                    UploadSessionLookupError lookup = e.errorValue.isLookupFailed()
                            ? e.errorValue.getLookupFailedValue() : null;
                    if (lookup == null || !lookup.isIncorrectOffset() || ++resumes > MAX_RESUMES) {
                        throw e;
                    }
                    offset = serverOffset(lookup.getIncorrectOffsetValue().getCorrectOffset(), size, e);
                } catch (NetworkIOException e) {
                    // The chunk may or may not have arrived: send it again and let the server's offset decide.
                    if (remaining <= chunkSize || ++resumes > MAX_RESUMES) {
                        throw e;
                    }
                    LOG.debug("Upload of {} lost an answer at offset {}, resuming the session", path, offset);
                }
            }
        }
    }

    private static long serverOffset(long correct, long size, DbxException cause) throws DbxException {
        if (correct < 0 || correct > size) {
            throw cause;
        }
        LOG.debug("Dropbox upload session is at offset {}, continuing from there", correct);
        return correct;
    }

    /** A chunk before the finish is in: the fence may stop here (nothing committed yet), then the bytes are told. */
    static void acknowledged(String path, long done, long size, Progress progress, UploadFence fence)
            throws SyncException {
        fence.betweenChunks();
        progress.update(nameOf(path), done, size);
    }

    /** The file name of a Dropbox path, as progress names it. */
    static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
