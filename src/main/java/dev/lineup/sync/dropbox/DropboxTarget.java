package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxDownloader;
import com.dropbox.core.DbxException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.DeleteErrorException;
import com.dropbox.core.v2.files.DownloadErrorException;
import com.dropbox.core.v2.files.FileMetadata;
import com.dropbox.core.v2.files.GetMetadataErrorException;
import com.dropbox.core.v2.files.ListFolderErrorException;
import com.dropbox.core.v2.files.ListFolderResult;
import com.dropbox.core.v2.files.Metadata;
import com.dropbox.core.v2.files.UploadErrorException;
import com.dropbox.core.v2.files.UploadSessionFinishErrorException;
import com.dropbox.core.v2.files.WriteError;
import com.dropbox.core.v2.files.WriteMode;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TokenStore;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A folder in Dropbox, through the official SDK over OkHttp. Conditional writes use Dropbox's own
 * primitives: {@code update(rev)} with strict conflicts, {@code add} without autorename, and
 * {@code delete_v2} with {@code parent_rev}. Overwrites keep the file's id, so shared links stay valid.
 *
 * <p>As a {@link Reauthorizer} it revokes the old grant and signs in again through {@link DropboxAuth};
 * the browser is the caller's: the desktop app opens the URL, the CLI prints it.
 */
public final class DropboxTarget implements PublishTarget, Reauthorizer {
    private final DropboxConfig config;
    private final TokenStore tokens;
    private final Consumer<URI> openBrowser;
    private final DropboxHttp http;
    private final DropboxSession session;
    private final DropboxFacts facts;
    private final DropboxUploader sequentialUploader;
    private final ConcurrentUploader concurrentUploader;

    /** A target that cannot sign in again by itself (e.g. a token supplied to the CLI). */
    public DropboxTarget(DropboxConfig config, TokenStore tokens) {
        this(config, tokens, null);
    }

    /** {@code openBrowser} shows Dropbox's consent page to the user when {@link #reauthorize()} runs. */
    public DropboxTarget(DropboxConfig config, TokenStore tokens, Consumer<URI> openBrowser) {
        this.config = config;
        this.tokens = tokens;
        this.openBrowser = openBrowser;
        this.http = new DropboxHttp(config);
        this.session = new DropboxSession(config, tokens, http);
        this.facts = new DropboxFacts();
        this.sequentialUploader = new DropboxUploader(config.chunkSize());
        this.concurrentUploader = new ConcurrentUploader(config.chunkSize(), config.connections());
    }

    @Override
    public String describe() {
        return "Dropbox " + (config.folder().isEmpty() ? "/" : config.folder());
    }

    @Override
    public String contentHashOf(Path localFile) throws IOException {
        return DropboxContentHash.of(localFile);
    }

    @Override
    public java.util.Optional<String> contentHashOf(dev.lineup.sync.StagedFolder.Entry staged) {
        return java.util.Optional.ofNullable(staged.blockSha256()); // content_hash is exactly the block hash
    }

    @Override
    public List<RemoteFile> list() throws SyncException {
        return session.call(ctx("list", null), c -> {
            List<RemoteFile> out = new ArrayList<>();
            ListFolderResult page;
            try {
                page = c.files().listFolder(config.folder());
            } catch (ListFolderErrorException e) {
                if (e.errorValue.isPath() && e.errorValue.getPathValue().isNotFound()) {
                    return out;
                }
                throw e;
            }
            while (true) {
                for (Metadata m : page.getEntries()) {
                    if (m instanceof FileMetadata) {
                        out.add(toRemote((FileMetadata) m));
                    }
                }
                if (!page.getHasMore()) {
                    return out;
                }
                page = c.files().listFolderContinue(page.getCursor());
            }
        });
    }

    @Override
    public Optional<RemoteFile> stat(String name) throws SyncException {
        String context = ctx("stat", name);
        // In a shared folder Dropbox names the account that last changed the file: show its name.
        return session.call(context, c -> statWith(c, context, path(name)).map(DropboxTarget::toRemote)
                .map(f -> f.modifiedBy() == null ? f : new RemoteFile(f.name(), f.id(), f.size(), f.revision(),
                        f.contentHash(), f.created(), f.modified(), DropboxFacts.displayName(c, f.modifiedBy()))));
    }

    private static Optional<FileMetadata> statWith(DbxClientV2 c, String context, String path)
            throws DbxException, SyncException {
        try {
            Metadata m = c.files().getMetadata(path);
            if (!(m instanceof FileMetadata)) {
                throw new SyncException(ProblemKind.BAD_REQUEST, context + ": a folder has that name");
            }
            return Optional.of((FileMetadata) m);
        } catch (GetMetadataErrorException e) {
            if (e.errorValue.isPath() && e.errorValue.getPathValue().isNotFound()) {
                return Optional.empty();
            }
            throw DropboxProblems.lookup(context, e.errorValue.getPathValue(), e);
        }
    }

    @Override
    public InputStream open(String name) throws SyncException {
        String context = ctx("download", name);
        return session.call(context, c -> {
            try {
                DbxDownloader<FileMetadata> d = c.files().download(path(name));
                return new FilterInputStream(d.getInputStream()) {
                    @Override
                    public void close() {
                        d.close();
                    }
                };
            } catch (DownloadErrorException e) {
                if (e.errorValue.isPath()) {
                    throw DropboxProblems.lookup(context, e.errorValue.getPathValue(), e);
                }
                throw e;
            }
        });
    }

    @Override
    public RemoteFile put(String name, Path content, Progress progress, UploadFence fence) throws SyncException {
        String context = ctx("upload", name);
        String path = path(name);
        return session.call(context, c -> {
            try {
                if (Files.size(content) > DropboxConfig.SESSION_THRESHOLD) {
                    return toRemote(config.connections() > 1
                            ? concurrentUploader.upload(c, path, content, WriteMode.OVERWRITE, progress, fence)
                            : sequentialUploader.upload(c, path, content, WriteMode.OVERWRITE, progress, fence));
                }
                try (FileChannel file = FileChannel.open(content, StandardOpenOption.READ)) {
                    fence.beforeCommit(); // a lost lease commits nothing
                    RemoteFile done = toRemote(c.files().uploadBuilder(path).withMode(WriteMode.OVERWRITE)
                            .withAutorename(false).withMute(true)
                            .uploadAndFinish(new FileRegion(file, 0, file.size())));
                    progress.update(name, done.size(), done.size()); // one request: all or nothing, reported once
                    return done;
                }
            } catch (UploadErrorException e) {
                throw uploadProblem(c, context, e.errorValue.isPath() ? e.errorValue.getPathValue().getReason() : null, e);
            } catch (UploadSessionFinishErrorException e) {
                throw uploadProblem(c, context, e.errorValue.isPath() ? e.errorValue.getPathValue() : null, e);
            }
        });
    }

    @Override
    public RemoteFile putIfRevision(String name, byte[] content, String expectedRevision) throws SyncException {
        String context = ctx("conditional upload", name);
        String path = path(name);
        return session.call(context, c -> {
            try {
                // strict_conflict: without it Dropbox accepts a stale rev when the bytes happen to be equal.
                return toRemote(c.files().uploadBuilder(path).withMode(WriteMode.update(expectedRevision))
                        .withAutorename(false).withStrictConflict(true).withMute(true)
                        .uploadAndFinish(new ByteArrayInputStream(content)));
            } catch (UploadErrorException e) {
                WriteError w = e.errorValue.isPath() ? e.errorValue.getPathValue().getReason() : null;
                if (w != null && w.isConflict()) {
                    throw remoteChanged(c, context, path, expectedRevision, e);
                }
                throw uploadProblem(c, context, w, e);
            }
        });
    }

    @Override
    public Optional<RemoteFile> createIfAbsent(String name, byte[] content) throws SyncException {
        String context = ctx("create", name);
        String path = path(name);
        return session.call(context, c -> {
            try {
                return Optional.of(toRemote(c.files().uploadBuilder(path).withMode(WriteMode.ADD)
                        .withAutorename(false).withStrictConflict(true).withMute(true)
                        .uploadAndFinish(new ByteArrayInputStream(content))));
            } catch (UploadErrorException e) {
                WriteError w = e.errorValue.isPath() ? e.errorValue.getPathValue().getReason() : null;
                if (w != null && w.isConflict() && w.getConflictValue().name().equals("FILE")) {
                    return Optional.<RemoteFile>empty();
                }
                throw uploadProblem(c, context, w, e);
            }
        });
    }

    @Override
    public boolean deleteIfRevision(String name, String expectedRevision) throws SyncException {
        return deleteWith(ctx("conditional delete", name), path(name), expectedRevision);
    }

    @Override
    public void delete(String name) throws SyncException {
        deleteWith(ctx("delete", name), path(name), null);
    }

    private boolean deleteWith(String context, String path, String parentRev) throws SyncException {
        return session.call(context, c -> {
            try {
                if (parentRev == null) {
                    c.files().deleteV2(path);
                } else {
                    c.files().deleteV2(path, parentRev);
                }
                return true;
            } catch (DeleteErrorException e) {
                if (e.errorValue.isPathLookup() && e.errorValue.getPathLookupValue().isNotFound()) {
                    return false;
                }
                if (e.errorValue.isPathWrite() && e.errorValue.getPathWriteValue().isConflict() && parentRev != null) {
                    return false;
                }
                if (e.errorValue.isTooManyWriteOperations() || e.errorValue.isTooManyFiles()) {
                    throw DropboxProblems.rateLimited(context, e);
                }
                if (e.errorValue.isPathWrite()) {
                    throw DropboxProblems.write(context, e.errorValue.getPathWriteValue(), e, Map.of());
                }
                if (e.errorValue.isPathLookup()) {
                    throw DropboxProblems.lookup(context, e.errorValue.getPathLookupValue(), e);
                }
                throw e;
            }
        });
    }

    @Override
    public String shareLink(String name) throws SyncException {
        String context = ctx("share link", name);
        return session.call(context, c -> DropboxLinks.directDownload(facts.sharedLink(c, context, path(name))));
    }

    /**
     * Revokes the current grant at Dropbox, then runs the PKCE sign-in again; the session picks up the
     * new tokens from the store on its next call. Checked up front so a target that cannot sign in
     * again does not lose its old grant first.
     */
    @Override
    public void reauthorize() throws SyncException {
        if (openBrowser == null || config.appKey() == null) {
            throw new SyncException(ProblemKind.BAD_REQUEST, describe() + ": signing in again needs "
                    + (config.appKey() == null ? "an app key (the token was supplied by hand; supply a new one)"
                    : "a browser; run 'lineup target login " + config.targetName() + "'"));
        }
        DropboxAuth auth = new DropboxAuth(config, tokens, http, false);
        auth.revoke();
        auth.signIn(openBrowser, SIGN_IN_TIMEOUT);
    }

    @Override
    public Instant serverTime() {
        return http.clock.now();
    }

    @Override
    public void close() {
        http.shutdown();
    }

    private SyncException uploadProblem(DbxClientV2 c, String context, WriteError w, DbxException e) {
        if (w == null) {
            return DropboxProblems.of(context, e);
        }
        return DropboxProblems.write(context, w, e, w.isInsufficientSpace() ? facts.quota(c) : Map.of());
    }

    private SyncException remoteChanged(DbxClientV2 c, String context, String path, String expected, Throwable e) {
        Map<String, String> who = facts.changedBy(c, context, path, expected);
        String message = context + ": the file was changed by " + who.getOrDefault("changedBy", "someone else")
                + (who.containsKey("changedAt") ? " at " + who.get("changedAt") : "")
                + " (expected revision " + expected + ")";
        return new SyncException(ProblemKind.REMOTE_CHANGED, message, who, null, e);
    }

    private String ctx(String action, String name) {
        return describe() + ": " + action + (name == null ? "" : " " + name);
    }

    String path(String name) throws SyncException {
        if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new SyncException(ProblemKind.BAD_REQUEST, describe() + ": '" + name
                    + "' is not a plain file name");
        }
        return config.folder() + "/" + name;
    }

    static RemoteFile toRemote(FileMetadata m) {
        return new RemoteFile(m.getName(), m.getId(), m.getSize(), m.getRev(), m.getContentHash(), null,
                m.getServerModified().toInstant(), m.getSharingInfo() == null ? null : m.getSharingInfo().getModifiedBy());
    }
}
