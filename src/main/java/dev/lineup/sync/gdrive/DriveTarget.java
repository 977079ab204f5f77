package dev.lineup.sync.gdrive;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.googleapis.media.MediaHttpUploader;
import com.google.api.client.http.AbstractInputStreamContent;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.FileContent;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import com.google.api.services.drive.model.Permission;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Reauthorizer;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.ServerClock;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.UploadFence;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A folder in Google Drive (My Drive, by name) through the official Drive v3 SDK. Revisions are Drive's
 * {@code version}; content hashes are {@code md5Checksum} (hex), which Drive reports for every binary
 * file. Where Drive lacks a primitive (conditional write, create-if-absent) this class documents the
 * emulation and its window. No call is retried here: failures become {@link SyncException}s for the
 * shared pacer, except that a resumable upload resumes its own session (see {@link UploadResumeHandler}).
 *
 * <p>As a {@link Reauthorizer} it revokes the grant and signs in again through {@link DriveAuth}, with
 * the browser callback its creator passed (the desktop app opens the page, the CLI prints the URL).
 */
public final class DriveTarget implements PublishTarget, Reauthorizer {
    static final String FILE_FIELDS = "id,name,mimeType,size,md5Checksum,sha256Checksum,version,createdTime,"
            + "modifiedTime,lastModifyingUser(displayName,emailAddress)";

    private final DriveTargetConfig config;
    private final DriveAuth auth;
    private final Consumer<URI> openBrowser;
    /** Replaced by {@link #reauthorize()}; every request reads it when it is built. */
    private volatile Credential credential;
    private final ServerClock clock = new ServerClock();
    private final UploadResumeHandler resumer = new UploadResumeHandler();
    private final Drive drive;
    private final DriveFolder folder;
    private final DriveLookup lookup;

    /** A target that cannot sign in again by itself (e.g. a token supplied to the CLI). */
    public DriveTarget(DriveTargetConfig config, Credential credential) {
        this(config, credential, null, null);
    }

    /** {@code openBrowser} shows Google's consent page when {@link #reauthorize()} runs. */
    public DriveTarget(DriveTargetConfig config, Credential credential, DriveAuth auth, Consumer<URI> openBrowser) {
        this.config = config;
        this.credential = credential;
        this.auth = auth;
        this.openBrowser = openBrowser;
        this.drive = new Drive.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), this::initialize)
                .setRootUrl(config.endpoints().rootUrl()).setApplicationName(config.http().userAgent()).build();
        this.folder = new DriveFolder(drive, config.folderName(), config.settle());
        this.lookup = new DriveLookup(drive);
    }

    private void initialize(HttpRequest request) throws IOException {
        credential.initialize(request); // bearer token, refreshed ahead of expiry and once on a 401
        request.setResponseInterceptor(response -> clock.observe(response.getHeaders().getDate()));
        request.setIOExceptionHandler(resumer);
        request.setConnectTimeout((int) config.http().connectTimeout().toMillis());
        request.setReadTimeout((int) config.http().readTimeout().toMillis());
        request.setWriteTimeout((int) config.http().readTimeout().toMillis()); // as the OkHttp clients do
    }

    @Override
    public String describe() {
        return "Google Drive folder '" + config.folderName() + "'";
    }

    @Override
    public String contentHashOf(Path localFile) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(localFile), DriveFiles.md5())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    @Override
    public List<RemoteFile> list() throws SyncException {
        Optional<String> dir = dir(false, "list");
        if (dir.isEmpty()) {
            return List.of();
        }
        Map<String, File> byName = new LinkedHashMap<>();
        for (File f : call("list", () -> lookup.filesWhere("'" + dir.get() + "' in parents and trashed = false"))) {
            byName.merge(f.getName(), f, (a, b) -> DriveFolder.EARLIEST.compare(a, b) <= 0 ? a : b);
        }
        // The listing may lag behind writes: files whose id we know are read by id (current, or gone).
        for (Map.Entry<String, String> k : lookup.known().entrySet()) {
            File now = call("list", () -> lookup.confirmed(k.getValue(), dir.get(), k.getKey()));
            if (now != null) {
                byName.put(k.getKey(), now);
            } else if (byName.containsKey(k.getKey())) {
                Optional<File> listed = current(k.getKey(), "list");
                listed.ifPresentOrElse(f -> byName.put(k.getKey(), f), () -> byName.remove(k.getKey()));
            }
        }
        return byName.values().stream().map(DriveFiles::remote).sorted(Comparator.comparing(RemoteFile::name))
                .toList();
    }

    @Override
    public Optional<RemoteFile> stat(String name) throws SyncException {
        return current(name, "stat " + name).map(DriveFiles::remote);
    }

    @Override
    public InputStream open(String name) throws SyncException {
        File f = current(name, "download " + name).orElseThrow(() -> missing(name));
        return call("download " + name, () -> drive.files().get(f.getId()).executeMediaAsInputStream());
    }

    @Override
    public RemoteFile put(String name, Path content, Progress progress, UploadFence fence) throws SyncException {
        checkPlain(name);
        long size;
        try {
            size = Files.size(content);
        } catch (IOException e) {
            throw new SyncException(ProblemKind.BAD_REQUEST, "cannot read " + content + " to upload it as " + name
                    + ": " + e.getMessage(), Map.of("file", content.toString()), null, e);
        }
        String what = "upload " + name;
        String dir = dir(true, what).orElseThrow();
        Optional<File> existing = current(name, what);
        FileContent media = new FileContent(DriveFiles.mimeType(name), content.toFile());
        RemoteFile done = DriveFiles.remote(call(what, () -> write(dir, name, existing.map(File::getId).orElse(null), media, size,
                progress, fence)));
        lookup.remember(name, done.id());
        progress.update(name, size, size);
        return done;
    }

    /**
     * Drive v3 has no conditional write for content, so the revision is compared by a stat right before
     * the update. Race window: another writer that updates the file between that stat and our update is
     * overwritten without notice. The lease makes this rare (only the lease holder writes; the lockfile
     * itself is the one file two instances may both write), and it is as narrow as one round trip.
     */
    @Override
    public RemoteFile putIfRevision(String name, byte[] content, String expectedRevision) throws SyncException {
        String what = "update " + name;
        File now = current(name, what).orElseThrow(() -> DriveFiles.remoteChanged(name, null, expectedRevision));
        if (!String.valueOf(now.getVersion()).equals(expectedRevision)) {
            throw DriveFiles.remoteChanged(name, now, expectedRevision);
        }
        ByteArrayContent media = new ByteArrayContent(DriveFiles.mimeType(name), content);
        try {
            RemoteFile done = DriveFiles.remote(write(null, name, now.getId(), media, content.length, Progress.NONE, UploadFence.NONE));
            lookup.remember(name, done.id());
            return done;
        } catch (IOException e) {
            if (DriveErrors.isNotFound(e)) {
                throw DriveFiles.remoteChanged(name, null, expectedRevision); // deleted inside the window
            }
            throw DriveErrors.map(e, what, credential);
        }
    }

    /**
     * Drive has no create-if-absent: create, then list that name; the earliest createdTime (then the lowest
     * id) wins, and a loser deletes its own copy and reports empty. Every racer reaches the same verdict
     * because Drive assigns createdTime once and its listing is consistent for one user. If deleting the
     * losing copy itself fails, the exception goes up and that copy stays until it looks stale.
     */
    @Override
    public Optional<RemoteFile> createIfAbsent(String name, byte[] content) throws SyncException {
        checkPlain(name);
        String what = "create " + name;
        String dir = dir(true, what).orElseThrow();
        if (current(name, what).isPresent()) {
            return Optional.empty();
        }
        File mine = call(what, () -> write(dir, name, null, new ByteArrayContent(DriveFiles.mimeType(name), content),
                content.length, Progress.NONE, UploadFence.NONE));
        // A rival created a moment ago may not be listed yet: wait out the listing lag, then list again.
        call(what, () -> {
            DriveFolder.settle(config.settle());
            return null;
        });
        List<File> all = new ArrayList<>();
        for (File c : call(what, () -> lookup.candidates(dir, name))) {
            if (c.getId().equals(mine.getId()) || call(what, () -> lookup.confirmed(c.getId(), dir, name)) != null) {
                all.add(c);
            }
        }
        if (all.stream().noneMatch(f -> f.getId().equals(mine.getId()))) {
            all.add(mine);
        }
        File winner = all.stream().min(DriveFolder.EARLIEST).orElseThrow();
        if (winner.getId().equals(mine.getId())) {
            lookup.remember(name, mine.getId());
            return Optional.of(DriveFiles.remote(mine));
        }
        deleteById(mine.getId(), "remove the losing copy of " + name);
        lookup.remember(name, winner.getId());
        return Optional.empty();
    }

    /** Same window as {@link #putIfRevision}: compared by stat, then deleted by id (a replaced file is safe). */
    @Override
    public boolean deleteIfRevision(String name, String expectedRevision) throws SyncException {
        Optional<File> now = current(name, "delete " + name);
        if (now.isEmpty() || !String.valueOf(now.get().getVersion()).equals(expectedRevision)) {
            return false;
        }
        lookup.forget(name);
        return deleteById(now.get().getId(), "delete " + name);
    }

    @Override
    public void delete(String name) throws SyncException {
        checkPlain(name);
        Optional<String> dir = dir(false, "delete " + name);
        if (dir.isPresent()) {
            Optional<File> known = current(name, "delete " + name);
            lookup.forget(name);
                if (known.isPresent()) {
                deleteById(known.get().getId(), "delete " + name);
            }
            for (File f : call("delete " + name, () -> lookup.candidates(dir.get(), name))) {
                deleteById(f.getId(), "delete " + name);
            }
        }
    }

    @Override
    public String shareLink(String name) throws SyncException {
        File f = current(name, "share " + name).orElseThrow(() -> missing(name));
        call("share " + name, () -> drive.permissions()
                .create(f.getId(), new Permission().setType("anyone").setRole("reader")).setFields("id").execute());
        // confirm=t: a large file's link would otherwise give players Drive's virus-scan warning page.
        return config.endpoints().shareBaseUrl() + "uc?export=download&id=" + f.getId() + "&confirm=t";
    }

    /** Revokes the stored grant at Google, signs in again and uses the new credential from the next call. */
    @Override
    public void reauthorize() throws SyncException {
        if (auth == null || openBrowser == null) {
            throw new SyncException(ProblemKind.BAD_REQUEST, describe() + ": signing in again needs a browser;"
                    + " run 'lineup target login' or supply a new token");
        }
        auth.revoke();
        credential = auth.signIn(openBrowser, SIGN_IN_TIMEOUT);
    }

    @Override
    public Instant serverTime() {
        return clock.now();
    }

    private File write(String dir, String name, String fileId, AbstractInputStreamContent media, long size,
                       Progress progress, UploadFence fence) throws IOException {
        return UploadResumeHandler.withBudget(() -> send(dir, name, fileId, media, size, progress, fence));
    }

    private File send(String dir, String name, String fileId, AbstractInputStreamContent media, long size,
                      Progress progress, UploadFence fence) throws IOException {
        DriveChunkBridge bridge = new DriveChunkBridge(name, progress, fence, size, config.chunkSize(),
                size <= config.resumableThreshold());
        if (fileId == null) {
            Drive.Files.Create create = drive.files().create(new File().setName(name).setParents(List.of(dir)), media);
            fence(configure(create.getMediaHttpUploader(), bridge));
            return create.setFields(FILE_FIELDS).execute();
        }
        Drive.Files.Update update = drive.files().update(fileId, new File(), media);
        fence(configure(update.getMediaHttpUploader(), bridge));
        return update.setFields(FILE_FIELDS).execute();
    }

    private static void fence(DriveChunkBridge p) throws IOException {
        try {
            p.beforeDirectUpload();
        } catch (SyncException e) {
            throw new DriveChunkBridge.Stopped(e);
        }
    }

    private DriveChunkBridge configure(MediaHttpUploader uploader, DriveChunkBridge listener) {
        uploader.setProgressListener(listener);
        uploader.setDirectUploadEnabled(listener.direct());
        uploader.setChunkSize(config.chunkSize());
        uploader.setDisableGZipContent(true); // guides are gzipped already; recompressing only costs CPU
        return listener;
    }

    private boolean deleteById(String id, String what) throws SyncException {
        try {
            drive.files().delete(id).execute();
            return true;
        } catch (IOException e) {
            if (DriveErrors.isNotFound(e)) {
                return false;
            }
            throw DriveErrors.map(e, what, credential);
        }
    }

    /** The file a name means now: by known id, else the earliest listed one, confirmed by id. */
    private Optional<File> current(String name, String what) throws SyncException {
        checkPlain(name);
        Optional<String> dir = dir(false, what);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        return call(what, () -> lookup.current(dir.get(), name));
    }

    /** The folder index records each file's id: reach those by id, never only through a fresh listing. */
    @Override
    public void remember(dev.lineup.sync.FolderIndex index) {
        index.layouts().values().forEach(l -> l.files().forEach(f -> lookup.rememberIfUnknown(f.name(), f.id())));
    }

    private Optional<String> dir(boolean create, String what) throws SyncException {
        return call(what, () -> create ? Optional.of(folder.findOrCreate()) : folder.find());
    }

    private interface DriveCall<T> {
        T run() throws IOException;
    }

    private <T> T call(String what, DriveCall<T> c) throws SyncException {
        try {
            return c.run();
        } catch (DriveChunkBridge.Stopped e) {
            throw e.original(); // our own fence stopped the upload: its reason, unchanged
        } catch (IOException e) {
            if (DriveErrors.isNotFound(e)) {
                folder.forget(); // the cached folder id may be what vanished
                throw new SyncException(ProblemKind.BAD_REQUEST, "Google Drive: " + what + " failed: the file or the"
                        + " folder '" + folder.name() + "' was removed meanwhile; publishing again recreates it",
                        Map.of("folder", folder.name()), null, null);
            }
            throw DriveErrors.map(e, what, credential);
        }
    }

    /**
     * Drive itself would accept "a/b" or ".." as a file name, but the other targets cannot, and a name
     * like that in a layout is a mistake: refuse it the same way everywhere.
     */
    private void checkPlain(String name) throws SyncException {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".")
                || name.equals("..")) {
            throw new SyncException(ProblemKind.BAD_REQUEST, describe() + ": '" + name
                    + "' is not a plain file name", Map.of("file", String.valueOf(name)), null, null);
        }
    }

    private SyncException missing(String name) {
        return new SyncException(ProblemKind.BAD_REQUEST, "Google Drive: no file '" + name + "' in folder '"
                + config.folderName() + "'", Map.of("file", name), null, null);
    }

    /** A Drive query string literal: backslash and quote escaped. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

}
