package dev.lineup.sync;

import dev.lineup.task.Progress;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One folder at one provider (local disk, Dropbox, Google Drive). Small on purpose, like an rclone
 * backend: the lease protocol, the retry pacer and the upload policy live once, in {@code sync}, and
 * are written against this interface only.
 *
 * <p>Names are plain file names inside the target folder (no slashes). Every method throws
 * {@link SyncException} carrying a {@link ProblemKind}; a target never retries by itself.
 */
public interface PublishTarget extends Closeable {

    /** Human description for messages, e.g. {@code Dropbox /IPTV} (never carries a token). */
    String describe();

    /** The hash a {@link RemoteFile#contentHash()} of this provider would carry for a local file. */
    String contentHashOf(Path localFile) throws java.io.IOException;

    /**
     * The content hash of a staged file from the digests its render counted while writing it (its SHA-256
     * and its block hash, see {@link StagedFolder.Entry}), when this provider's hash is one of them: then the
     * file is not read to hash it. Empty: {@link #contentHashOf} reads it.
     */
    default java.util.Optional<String> contentHashOf(StagedFolder.Entry staged) {
        return java.util.Optional.empty();
    }

    /** Files directly in the target folder; an absent folder lists as empty. */
    List<RemoteFile> list() throws SyncException;

    Optional<RemoteFile> stat(String name) throws SyncException;

    InputStream open(String name) throws SyncException;

    /** Writes or overwrites in place (keeps the file's identity so share links stay stable). */
    default RemoteFile put(String name, Path content) throws SyncException {
        return put(name, content, Progress.NONE, UploadFence.NONE);
    }

    /**
     * As {@link #put(String, Path)}, reporting acknowledged bytes to {@code progress} as
     * {@code update(name, bytesDone, size)} (after each chunk; a single-request upload once, at the end; possibly
     * from several threads) and asking {@code fence} between chunks and before the commit. When {@code fence}
     * throws, the upload stops, the exception reaches the caller unchanged, and the remote file keeps its old
     * content (no half-written file is ever committed).
     */
    RemoteFile put(String name, Path content, Progress progress, UploadFence fence) throws SyncException;

    /**
     * Overwrites only if the remote file still has {@code expectedRevision}; otherwise throws
     * {@link ProblemKind#REMOTE_CHANGED}.
     */
    RemoteFile putIfRevision(String name, byte[] content, String expectedRevision) throws SyncException;

    /** Creates the file atomically only if it does not exist; empty when someone else already has it. */
    Optional<RemoteFile> createIfAbsent(String name, byte[] content) throws SyncException;

    /** Deletes only if the remote file still has {@code expectedRevision}; false if it changed or vanished. */
    boolean deleteIfRevision(String name, String expectedRevision) throws SyncException;

    /** Deletes unconditionally; a missing file is not an error. */
    void delete(String name) throws SyncException;

    /** A URL a player can download the file from directly. */
    String shareLink(String name) throws SyncException;

    /**
     * The {@link #shareLink} the file will have once written, where the provider can say so before it exists
     * (a local folder's {@code file:} URL); empty where the link is only made for an existing file (Dropbox,
     * Drive).
     */
    default java.util.Optional<String> shareLinkBeforeWriting(String name) throws SyncException {
        return java.util.Optional.empty();
    }

    /**
     * Learns the files the folder index lists (with their provider ids), so a target whose listing lags
     * behind its writes (Google Drive) reaches them by id instead of trusting a fresh listing.
     */
    default void remember(FolderIndex index) {
    }

    /** The provider's clock as last seen (HTTP Date header), falling back to the local clock. */
    Instant serverTime();

    @Override
    default void close() {
    }
}
