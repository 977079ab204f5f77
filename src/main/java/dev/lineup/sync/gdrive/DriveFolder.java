package dev.lineup.sync.gdrive;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The target folder, by name directly under My Drive. Its id is cached once found. Two installations
 * creating it at once each create one; each then waits out the listing lag ({@code settle}), lists again,
 * and both pick the earliest (createdTime, then id); the other one deletes its own (still empty) copy,
 * the same rule as {@code createIfAbsent}. So there is never a second folder anyone publishes into.
 */
final class DriveFolder {
    static final String FOLDER_MIME = "application/vnd.google-apps.folder";
    static final Comparator<File> EARLIEST = Comparator
            .comparingLong((File f) -> f.getCreatedTime() == null ? Long.MAX_VALUE : f.getCreatedTime().getValue())
            .thenComparing(File::getId);

    private final Drive drive;
    private final String name;
    private final Duration settle;
    private volatile String id;

    DriveFolder(Drive drive, String name, Duration settle) {
        this.drive = drive;
        this.name = name;
        this.settle = settle;
    }

    /** Waits out Drive's listing lag before a listing decides a race. */
    static void settle(Duration d) throws java.io.InterruptedIOException {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped waiting for Google Drive's listing to settle");
        }
    }

    String name() {
        return name;
    }

    Optional<String> find() throws IOException {
        String cached = id;
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> found = candidates().stream().findFirst().map(File::getId);
        found.ifPresent(f -> id = f);
        return found;
    }

    String findOrCreate() throws IOException {
        Optional<String> existing = find();
        if (existing.isPresent()) {
            return existing.get();
        }
        File mine = drive.files().create(new File().setName(name).setMimeType(FOLDER_MIME).setParents(List.of("root")))
                .setFields("id,createdTime").execute();
        settle(settle);
        String winner = candidates().stream().findFirst().map(File::getId).orElse(mine.getId());
        if (!winner.equals(mine.getId())) {
            try {
                drive.files().delete(mine.getId()).execute();
            } catch (GoogleJsonResponseException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
            }
        }
        id = winner;
        return winner;
    }

    /** Called when Drive says the cached folder is gone, so the next call looks it up again. */
    void forget() {
        id = null;
    }

    private List<File> candidates() throws IOException {
        String q = "name = " + DriveTarget.quote(name) + " and mimeType = '" + FOLDER_MIME
                + "' and trashed = false and 'root' in parents";
        List<File> files = drive.files().list().setQ(q).setSpaces("drive").setPageSize(100)
                .setFields("files(id,name,createdTime)").execute().getFiles();
        return files == null ? List.of() : files.stream().sorted(EARLIEST).toList();
    }
}
