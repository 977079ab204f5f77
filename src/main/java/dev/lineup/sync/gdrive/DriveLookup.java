package dev.lineup.sync.gdrive;

import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds files in the target folder despite Drive's eventually consistent listing: {@code files.list} may
 * miss a file created a moment ago or still show one just deleted, while {@code files.get} by id is
 * always current. So a file whose id is known (we created or updated it, or the folder index recorded
 * it) is reached by id; a listed file is confirmed by id before it is trusted; and the earliest of
 * same-named files (Drive allows duplicates) is the one a name means.
 */
final class DriveLookup {
    private static final String GET_FIELDS = DriveTarget.FILE_FIELDS + ",trashed,parents";

    private final Drive drive;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    DriveLookup(Drive drive) {
        this.drive = drive;
    }

    void remember(String name, String id) {
        if (name != null && id != null) {
            known.put(name, id);
        }
    }

    void rememberIfUnknown(String name, String id) {
        if (name != null && id != null) {
            known.putIfAbsent(name, id);
        }
    }

    void forget(String name) {
        known.remove(name);
    }

    Map<String, String> known() {
        return Map.copyOf(known);
    }

    /** The file {@code name} means in folder {@code dir} right now, confirmed by id. */
    Optional<File> current(String dir, String name) throws IOException {
        String id = known.get(name);
        if (id != null) {
            File f = confirmed(id, dir, name);
            if (f != null) {
                return Optional.of(f);
            }
            known.remove(name, id);
        }
        for (File c : candidates(dir, name)) {
            File f = confirmed(c.getId(), dir, name);
            if (f != null) {
                known.put(name, f.getId());
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The file by id, if it still exists untrashed under that name in that folder; else null. */
    File confirmed(String id, String dir, String name) throws IOException {
        File f = byId(id);
        if (f == null || Boolean.TRUE.equals(f.getTrashed()) || !name.equals(f.getName())
                || f.getParents() == null || !f.getParents().contains(dir)) {
            return null;
        }
        return f;
    }

    File byId(String id) throws IOException {
        try {
            return drive.files().get(id).setFields(GET_FIELDS).execute();
        } catch (IOException e) {
            if (DriveErrors.isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }

    /** Same-named files as the (possibly lagging) listing shows them, earliest first. */
    List<File> candidates(String dir, String name) throws IOException {
        return filesWhere("name = " + DriveTarget.quote(name) + " and '" + dir + "' in parents and trashed = false")
                .stream().sorted(DriveFolder.EARLIEST).toList();
    }

    List<File> filesWhere(String q) throws IOException {
        List<File> out = new ArrayList<>();
        String page = null;
        do {
            FileList list = drive.files().list().setQ(q).setSpaces("drive").setPageSize(1000).setPageToken(page)
                    .setFields("nextPageToken,files(" + DriveTarget.FILE_FIELDS + ")").execute();
            if (list.getFiles() != null) {
                list.getFiles().stream().filter(f -> !DriveFolder.FOLDER_MIME.equals(f.getMimeType())).forEach(out::add);
            }
            page = list.getNextPageToken();
        } while (page != null);
        return out;
    }
}
