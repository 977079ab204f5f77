package dev.lineup.testing.fakes.gdrive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fake's in-memory Drive: files and folders by id, versions that grow on every change, and a write
 * log of every change in the order it happened (what race tests inspect). All methods are synchronized.
 */
public final class DriveStore {
    static final String ROOT_ID = "0AFakeRootFolder";
    static final String FOLDER_MIME = "application/vnd.google-apps.folder";
    private static final String ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /** Who changed a file, as Drive's {@code lastModifyingUser} shows it. */
    public record Account(String displayName, String email) {
    }

    /**
     * One stored file or folder; replaced, never mutated. {@code md5} and {@code sha256} are computed once
     * when the content is stored, as Drive does: hashing a 200 MB file again for every listing and every
     * upload answer was a cost of the fake (about a second per answer) that no client causes.
     */
    public record FakeFile(String id, String name, String mimeType, List<String> parents, byte[] content,
                           long version, Instant created, Instant modified, Account modifier,
                           boolean anyoneCanRead, boolean trashed, String md5, String sha256) {
        FakeFile(String id, String name, String mimeType, List<String> parents, byte[] content, long version,
                 Instant created, Instant modified, Account modifier, boolean anyoneCanRead, boolean trashed) {
            this(id, name, mimeType, parents, content, version, created, modified, modifier, anyoneCanRead, trashed,
                    digest("MD5", content), digest("SHA-256", content));
        }

        boolean isFolder() {
            return FOLDER_MIME.equals(mimeType);
        }
    }

    /** One change: {@code op} is create, update, delete or share. */
    public record WriteEvent(long seq, Instant at, String op, String fileId, String name, long version,
                             String account, String md5) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, FakeFile> files = new LinkedHashMap<>();
    private final List<WriteEvent> log = new ArrayList<>();
    private long nextVersion = 1;
    private long quotaBytes = Long.MAX_VALUE;
    private Instant lastStamp = Instant.EPOCH;
    private final ListingLag lag = new ListingLag();

    /** Listings show each change only {@code min}–{@code max} after it happened (zero: at once). */
    public synchronized void setListingLag(java.time.Duration min, java.time.Duration max) {
        lag.set(min, max, files);
    }

    /** What {@code files.list} sees: the current files, or, with a listing lag, the lagging view. */
    synchronized List<FakeFile> listed(Predicate<FakeFile> filter) {
        return lag.on() ? lag.query(filter) : query(filter);
    }

    synchronized void setQuotaBytes(long bytes) {
        quotaBytes = bytes;
    }

    synchronized boolean fits(long extraBytes) {
        long used = files.values().stream().mapToLong(f -> f.content().length).sum();
        return used + extraBytes <= quotaBytes;
    }

    /**
     * Keeps {@code content} itself, not a copy (as {@link #update} does): the fake hands over a body it has
     * just read, and copying a 200 MB upload once more only doubled the fake's peak memory.
     */
    public synchronized FakeFile create(String name, String mimeType, List<String> parents, byte[] content, Account who) {
        for (String parent : parents) {
            if (!ROOT_ID.equals(parent) && !"root".equals(parent) && !files.containsKey(parent)) {
                throw new NotFound(parent);
            }
        }
        List<String> normalized = parents.isEmpty() ? List.of(ROOT_ID)
                : parents.stream().map(p -> "root".equals(p) ? ROOT_ID : p).toList();
        Instant now = stamp();
        FakeFile f = new FakeFile(newId(), name, mimeType, normalized, content, nextVersion++, now, now,
                who, false, false);
        files.put(f.id(), f);
        record("create", f, who);
        return f;
    }

    public synchronized FakeFile update(String id, String newName, byte[] newContent, Account who) {
        FakeFile old = get(id).orElseThrow(() -> new NotFound(id));
        FakeFile f = new FakeFile(id, newName == null ? old.name() : newName, old.mimeType(), old.parents(),
                newContent == null ? old.content() : newContent, nextVersion++, old.created(), stamp(),
                who, old.anyoneCanRead(), old.trashed());
        files.put(id, f);
        record("update", f, who);
        return f;
    }

    synchronized FakeFile share(String id, Account who) {
        FakeFile old = get(id).orElseThrow(() -> new NotFound(id));
        FakeFile f = new FakeFile(id, old.name(), old.mimeType(), old.parents(), old.content(), nextVersion++,
                old.created(), old.modified(), old.modifier(), true, old.trashed(), old.md5(), old.sha256());
        files.put(id, f);
        record("share", f, who);
        return f;
    }

    public synchronized void delete(String id, Account who) {
        FakeFile f = files.remove(id);
        if (f == null) {
            throw new NotFound(id);
        }
        // Deleting a folder deletes what is in it, as Drive does for files the app owns.
        for (FakeFile child : List.copyOf(files.values())) {
            if (child.parents().contains(id)) {
                delete(child.id(), who);
            }
        }
        record("delete", f, who);
    }

    public synchronized Optional<FakeFile> get(String id) {
        return Optional.ofNullable(files.get(id));
    }

    public synchronized List<FakeFile> query(Predicate<FakeFile> filter) {
        return files.values().stream().filter(filter)
                .sorted(Comparator.comparing(FakeFile::created).thenComparing(FakeFile::id)).toList();
    }

    /** The content of the earliest file called {@code name} in the (earliest) folder called {@code folder}. */
    public synchronized Optional<FakeFile> find(String folder, String name) {
        return query(f -> f.isFolder() && f.name().equals(folder)).stream().findFirst()
                .flatMap(dir -> query(f -> f.parents().contains(dir.id()) && f.name().equals(name)).stream()
                        .findFirst());
    }

    public synchronized List<WriteEvent> writeLog() {
        return List.copyOf(log);
    }

    private void record(String op, FakeFile f, Account who) {
        lag.changed(f.id(), "delete".equals(op) ? null : f);
        log.add(new WriteEvent(log.size() + 1L, Instant.now(), op, f.id(), f.name(), f.version(),
                who == null ? null : who.email(), f.isFolder() ? null : f.md5()));
    }

    /** Millisecond stamps that never go backwards, like Drive's RFC 3339 times. */
    private Instant stamp() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        lastStamp = now.isBefore(lastStamp) ? lastStamp : now;
        return lastStamp;
    }

    private String newId() {
        StringBuilder id = new StringBuilder("1");
        for (int i = 0; i < 32; i++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    static String digest(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }

    /** A file id the store does not know. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String id) {
            super("File not found: " + id + ".");
        }
    }
}
