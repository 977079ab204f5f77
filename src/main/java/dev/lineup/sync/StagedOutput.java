package dev.lineup.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A rendered output folder ready to publish: its {@code lineup-manifest.json} and the files it lists,
 * each checked to exist with the size and sha256 the manifest says, so a damaged staging folder is
 * refused before the lease is even taken.
 */
public record StagedOutput(Path folder, ObjectNode manifest, List<Entry> files) {

    public static final String MANIFEST = "lineup-manifest.json";
    /** Names that coordinate publishing; a layout may not publish files called so. */
    static final Set<String> RESERVED = Set.of(MANIFEST, LeaseFiles.LOCK_FILE, LeaseFiles.GENERATION_FILE);

    /** One listed file. */
    public record Entry(String name, long size, String sha256, Path path) {
    }

    public static StagedOutput read(Path folder) throws StagedOutputException {
        Path mf = folder.resolve(MANIFEST);
        JsonNode root;
        try {
            root = SyncJson.MAPPER.readTree(Files.readAllBytes(mf));
        } catch (NoSuchFileException e) {
            throw new StagedOutputException(mf, "missing; render the output first (`lineup output`)");
        } catch (IOException e) {
            throw new StagedOutputException(mf, "expected the JSON manifest written by `lineup output` ("
                    + e.getMessage() + ")");
        }
        if (!(root instanceof ObjectNode) || !root.path("files").isArray()) {
            throw new StagedOutputException(mf, "expected an object with a \"files\" array");
        }
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.get("files")) {
            String name = f.path("name").asText("");
            String sha = f.path("sha256").asText("");
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || RESERVED.contains(name)
                    || !f.path("size").canConvertToLong() || sha.length() != 64) {
                throw new StagedOutputException(mf, "files[" + i + "] needs a plain \"name\" (not " + RESERVED
                        + "), a numeric \"size\" and a 64-hex \"sha256\"");
            }
            Path p = folder.resolve(name);
            try {
                long size = Files.size(p);
                if (size != f.get("size").asLong()) {
                    throw new StagedOutputException(p, "is " + size + " bytes, the manifest says "
                            + f.get("size").asLong() + "; render the output again");
                }
                if (!sha256(p).equalsIgnoreCase(sha)) {
                    throw new StagedOutputException(p, "does not match its sha256 in the manifest; render again");
                }
            } catch (StagedOutputException e) {
                throw e;
            } catch (IOException e) {
                throw new StagedOutputException(p, "listed in the manifest but not readable (" + e + ")");
            }
            entries.add(new Entry(name, f.get("size").asLong(), sha.toLowerCase(java.util.Locale.ROOT), p));
            i++;
        }
        return new StagedOutput(folder, (ObjectNode) root, List.copyOf(entries));
    }

    /** The staged files of one layout, under its display name. */
    public record StagedLayout(String name, List<Entry> files) {
    }

    /**
     * The staged files grouped by layout, keyed by {@link FolderIndex#keyOf}. The manifest names its
     * layouts in {@code "layout"} (several joined by ", " when combined); a file belongs to the layout
     * whose key is its base name, and to the first layout when none matches.
     */
    public java.util.Map<String, StagedLayout> layouts() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (String n : manifest.path("layout").asText("").split(", ")) {
            if (!n.isBlank()) {
                names.putIfAbsent(FolderIndex.keyOf(n), n);
            }
        }
        if (names.isEmpty()) {
            names.put("layout", "layout");
        }
        String first = names.keySet().iterator().next();
        java.util.Map<String, List<Entry>> grouped = new java.util.LinkedHashMap<>();
        names.keySet().forEach(k -> grouped.put(k, new ArrayList<>()));
        for (Entry e : files) {
            String base = e.name().contains(".") ? e.name().substring(0, e.name().indexOf('.')) : e.name();
            grouped.get(names.size() > 1 && grouped.containsKey(base) ? base : first).add(e);
        }
        java.util.Map<String, StagedLayout> out = new java.util.LinkedHashMap<>();
        grouped.forEach((k, fs) -> out.put(k, new StagedLayout(names.get(k), List.copyOf(fs))));
        return out;
    }

    /** The manifest to publish: the staged one with {@code generation} set to the lease's fencing token. */
    public byte[] manifestFor(long generation) {
        ObjectNode copy = manifest.deepCopy();
        copy.put("generation", generation);
        try {
            return SyncJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(copy)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("manifest cannot be serialised", e);
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (var in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
