package dev.lineup.sync;

import dev.lineup.output.Hashing;
import dev.lineup.output.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rendered folder ready to publish: its typed {@link Manifest} and the files it lists. {@link #read}
 * checks a folder staged elsewhere (each file's size and sha256 against the manifest, so a damaged staging
 * folder is refused before the lease is even taken); {@link #rendered} takes the manifest the renderer
 * wrote in this process, whose hashes were counted while writing, and only checks the sizes.
 */
public record StagedFolder(Path folder, Manifest manifest, List<Entry> files) {
    /** Names that coordinate publishing; a layout may not publish files called so. */
    static final Set<String> RESERVED = Set.of(Manifest.FILE_NAME, LeaseFiles.LOCK_FILE, LeaseFiles.GENERATION_FILE);

    public StagedFolder {
        files = List.copyOf(files);
    }

    /**
     * One listed file. {@code blockSha256}: its Dropbox-style block hash as counted while rendering (null
     * when unknown, or when the folder was staged elsewhere and only its sha256 was verified).
     */
    public record Entry(String name, long size, String sha256, Path path, String blockSha256) {
        public Entry(String name, long size, String sha256, Path path) {
            this(name, size, sha256, path, null);
        }
    }

    /** Reads and verifies {@code folder}'s manifest and files (one read of every file). */
    public static StagedFolder read(Path folder) throws StagedFolderException {
        Path mf = folder.resolve(Manifest.FILE_NAME);
        Manifest manifest;
        try {
            manifest = Manifest.parse(Files.readAllBytes(mf));
        } catch (NoSuchFileException e) {
            throw new StagedFolderException(mf, "missing; render the output first (`lineup output`)");
        } catch (IOException e) {
            throw new StagedFolderException(mf, "expected the JSON manifest written by `lineup output` ("
                    + e.getMessage() + ")");
        }
        return of(folder, manifest, true);
    }

    /** The folder the renderer just wrote with {@code manifest}: its hashes are trusted, its sizes checked. */
    public static StagedFolder rendered(Path folder, Manifest manifest) throws StagedFolderException {
        return of(folder, manifest, false);
    }

    private static StagedFolder of(Path folder, Manifest manifest, boolean verifyHashes) throws StagedFolderException {
        Path mf = folder.resolve(Manifest.FILE_NAME);
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (Manifest.FileEntry f : manifest.files()) {
            String name = f.name() == null ? "" : f.name();
            String sha = f.sha256() == null ? "" : f.sha256();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || RESERVED.contains(name)
                    || f.size() < 0 || sha.length() != 64) {
                throw new StagedFolderException(mf, "files[" + i + "] needs a plain \"name\" (not " + RESERVED
                        + "), a numeric \"size\" and a 64-hex \"sha256\"");
            }
            Path p = folder.resolve(name);
            try {
                long size = Files.size(p);
                if (size != f.size()) {
                    throw new StagedFolderException(p, "is " + size + " bytes, the manifest says " + f.size()
                            + "; render the output again");
                }
                if (verifyHashes && !Hashing.sha256(p).equalsIgnoreCase(sha)) {
                    throw new StagedFolderException(p, "does not match its sha256 in the manifest; render again");
                }
            } catch (StagedFolderException e) {
                throw e;
            } catch (IOException e) {
                throw new StagedFolderException(p, "listed in the manifest but not readable (" + e + ")");
            }
            // Only what was verified, or counted by our own render, is trusted: never an unchecked block hash.
            String block = verifyHashes || f.blockSha256() == null ? null : f.blockSha256().toLowerCase(Locale.ROOT);
            entries.add(new Entry(name, f.size(), sha.toLowerCase(Locale.ROOT), p, block));
            i++;
        }
        return new StagedFolder(folder, manifest, entries);
    }

    /** This folder with {@code e} in place of the listed file of its name (a file rewritten after staging). */
    public StagedFolder replacing(Entry e) {
        List<Entry> entries = new ArrayList<>();
        files.forEach(f -> entries.add(f.name().equals(e.name()) ? e : f));
        List<Manifest.FileEntry> listed = new ArrayList<>();
        manifest.files().forEach(f -> listed.add(f.name().equals(e.name())
                ? new Manifest.FileEntry(e.name(), e.size(), e.sha256(), e.blockSha256()) : f));
        return new StagedFolder(folder, new Manifest(manifest.schema(), manifest.layout(), manifest.generation(),
                manifest.createdAt(), manifest.instance(), listed), entries);
    }

    /** The staged files of one layout, under its display name. */
    public record StagedLayout(String name, List<Entry> files) {
    }

    /**
     * The staged files grouped by layout, keyed by their base name (the index key). The manifest names its
     * layouts in {@code "layout"} (several joined by ", " when combined), in the order their files were
     * staged; each layout writes its files under one base name, which a rename keeps, so the n-th base
     * name belongs to the n-th layout. Files that do not fit that (hand-made staging) fall back to
     * {@link FolderIndex#keyOf}: a file belongs to the layout whose key is its base name, else the first.
     */
    public Map<String, StagedLayout> layouts() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String n : (manifest.layout() == null ? "" : manifest.layout()).split(", ")) {
            if (!n.isBlank()) {
                names.putIfAbsent(FolderIndex.keyOf(n), n);
            }
        }
        if (names.isEmpty()) {
            names.put("layout", "layout");
        }
        Map<String, List<Entry>> byBase = new LinkedHashMap<>();
        for (Entry e : files) {
            byBase.computeIfAbsent(baseName(e.name()), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        if (byBase.size() == names.size()) {
            List<String> display = List.copyOf(names.values());
            names.clear();
            int i = 0;
            for (Map.Entry<String, List<Entry>> b : byBase.entrySet()) {
                names.put(b.getKey(), display.get(i++));
                grouped.put(b.getKey(), b.getValue());
            }
        } else {
            String first = names.keySet().iterator().next();
            names.keySet().forEach(k -> grouped.put(k, new ArrayList<>()));
            for (Entry e : files) {
                String base = baseName(e.name());
                grouped.get(names.size() > 1 && grouped.containsKey(base) ? base : first).add(e);
            }
        }
        Map<String, StagedLayout> out = new LinkedHashMap<>();
        grouped.forEach((k, fs) -> out.put(k, new StagedLayout(names.get(k), List.copyOf(fs))));
        return out;
    }

    private static String baseName(String file) {
        return file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
    }
}
