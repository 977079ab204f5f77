package dev.lineup.sync;

import dev.lineup.output.Hashing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lineup.output.LayoutOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code lineup-manifest.json}, schema 2: the index of every layout published into one folder, each
 * with its owner installation, generation, time and files (size, sha256, the provider's hash, revision
 * and file id). A publish replaces only its own layouts' entries; the rest is carried over unchanged.
 * Schema 1 manifests (one output run, written before the index) are read as entries grouped by file
 * base name, owned by the installation the manifest names, so the next publish migrates them.
 *
 * <p>A schema 2 index carries a {@code checksum} over its generation and layouts; one whose checksum
 * does not match was edited outside Lineup ({@link #intact()} false), and a publish then says so
 * instead of building on it silently.
 */
public record FolderIndex(long generation, Instant updatedAt, Map<String, LayoutEntry> layouts, boolean intact) {
    public static final int SCHEMA = 2;

    public FolderIndex {
        layouts = Collections.unmodifiableMap(new LinkedHashMap<>(layouts));
    }

    public FolderIndex(long generation, Instant updatedAt, Map<String, LayoutEntry> layouts) {
        this(generation, updatedAt, layouts, true);
    }

    public static final FolderIndex EMPTY = new FolderIndex(0, null, Map.of());

    /** Who published a layout: the installation's id and name and the host it published from. */
    public record Owner(String instanceId, String instanceName, String host) {
    }

    /** One published file. {@code keptTheirs}: someone else's edit of it was kept on purpose. */
    public record FileRecord(String name, long size, String sha256, String remoteHash, String revision, String id,
                             boolean keptTheirs) {
    }

    /** One layout's entry; {@code name} is its display name, the map key its file base name. */
    public record LayoutEntry(String name, Owner owner, long generation, Instant publishedAt, List<FileRecord> files) {
        public LayoutEntry {
            files = List.copyOf(files);
        }

        public Optional<FileRecord> file(String fileName) {
            return files.stream().filter(f -> f.name().equals(fileName)).findFirst();
        }
    }

    /** The index key of a layout: its file base name ("Family TV" → {@code family-tv}). */
    public static String keyOf(String layoutName) {
        return LayoutOutput.fileName(layoutName);
    }

    /** The file names every entry except {@code exceptKeys} lists, with the key of the entry listing each. */
    public Map<String, String> filesOfOthers(Set<String> exceptKeys) {
        Map<String, String> out = new LinkedHashMap<>();
        layouts.forEach((k, e) -> {
            if (!exceptKeys.contains(k)) {
                e.files().forEach(f -> out.put(f.name(), k));
            }
        });
        return out;
    }

    /** Every file name some entry lists. */
    public Set<String> listedFiles() {
        Set<String> out = new HashSet<>();
        layouts.values().forEach(e -> e.files().forEach(f -> out.add(f.name())));
        return out;
    }

    /** This index with {@code replaced} entries put in (others unchanged), at {@code generation}. */
    public FolderIndex with(Map<String, LayoutEntry> replaced, long newGeneration, Instant at) {
        Map<String, LayoutEntry> all = new LinkedHashMap<>(layouts);
        all.putAll(replaced);
        return new FolderIndex(newGeneration, at, all);
    }

    public byte[] toJson() {
        ObjectNode root = SyncJson.MAPPER.createObjectNode();
        root.put("schema", SCHEMA).put("generation", generation);
        root.put("updatedAt", updatedAt == null ? null : updatedAt.toString());
        ObjectNode ls = root.putObject("layouts");
        layouts.forEach((key, e) -> {
            ObjectNode n = ls.putObject(key);
            n.put("name", e.name());
            n.putObject("owner").put("instanceId", e.owner().instanceId())
                    .put("instanceName", e.owner().instanceName()).put("host", e.owner().host());
            n.put("generation", e.generation());
            n.put("publishedAt", e.publishedAt() == null ? null : e.publishedAt().toString());
            ArrayNode fs = n.putArray("files");
            for (FileRecord f : e.files()) {
                ObjectNode o = fs.addObject().put("name", f.name()).put("size", f.size()).put("sha256", f.sha256())
                        .put("remoteHash", f.remoteHash()).put("revision", f.revision()).put("id", f.id());
                if (f.keptTheirs()) {
                    o.put("keptTheirs", true);
                }
            }
        });
        root.put("checksum", checksum(root));
        try {
            return SyncJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("folder index cannot be serialised", e);
        }
    }

    /**
     * Reads schema 2, or migrates schema 1. Throws {@link IOException} naming what is wrong when the
     * bytes are no Lineup manifest at all (a caller must then not publish over it silently).
     */
    public static FolderIndex parse(byte[] json) throws IOException {
        JsonNode root = SyncJson.MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException("lineup-manifest.json: expected a JSON object");
        }
        int schema = root.path("schema").asInt(1);
        if (schema >= 2) {
            return fromSchema2(root);
        }
        if (!root.path("files").isArray()) {
            throw new IOException("lineup-manifest.json: schema 1 needs a \"files\" array");
        }
        return fromSchema1(root);
    }

    private static FolderIndex fromSchema2(JsonNode root) throws IOException {
        if (!root.path("layouts").isObject()) {
            throw new IOException("lineup-manifest.json: schema 2 needs a \"layouts\" object");
        }
        Map<String, LayoutEntry> out = new LinkedHashMap<>();
        var it = root.get("layouts").fields();
        while (it.hasNext()) {
            var field = it.next();
            JsonNode n = field.getValue();
            JsonNode o = n.path("owner");
            List<FileRecord> files = new ArrayList<>();
            for (JsonNode f : n.path("files")) {
                files.add(new FileRecord(f.path("name").asText(""), f.path("size").asLong(0), text(f, "sha256"),
                        text(f, "remoteHash"), text(f, "revision"), text(f, "id"), f.path("keptTheirs").asBoolean()));
            }
            out.put(field.getKey(), new LayoutEntry(n.path("name").asText(field.getKey()),
                    new Owner(o.path("instanceId").asText(""), o.path("instanceName").asText(""), text(o, "host")),
                    n.path("generation").asLong(0), instant(n, "publishedAt"), files));
        }
        boolean intact = !root.hasNonNull("checksum") || root.get("checksum").asText().equals(checksum(root));
        return new FolderIndex(root.path("generation").asLong(0), instant(root, "updatedAt"), out, intact);
    }

    /** sha256 over the compact JSON of generation and layouts, exactly as written. */
    private static String checksum(JsonNode root) {
        ObjectNode signed = SyncJson.MAPPER.createObjectNode();
        signed.set("generation", root.get("generation"));
        signed.set("layouts", root.get("layouts"));
        try {
            return Hashing.sha256(SyncJson.MAPPER.writeValueAsBytes(signed));
        } catch (IOException e) {
            throw new IllegalStateException("folder index cannot be serialised", e);
        }
    }

    /** Schema 1: one file list; files are grouped by base name ("family.xml.gz" → family). */
    private static FolderIndex fromSchema1(JsonNode root) {
        JsonNode inst = root.path("instance");
        Owner owner = new Owner(inst.path("id").asText(""), inst.path("name").asText(""), null);
        long generation = root.path("generation").asLong(0);
        Instant at = instant(root, "createdAt");
        Map<String, String> displayNames = new LinkedHashMap<>();
        for (String n : root.path("layout").asText("").split(", ")) {
            if (!n.isBlank()) {
                displayNames.put(keyOf(n), n);
            }
        }
        Map<String, List<FileRecord>> grouped = new LinkedHashMap<>();
        for (JsonNode f : root.get("files")) {
            String name = f.path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            grouped.computeIfAbsent(base, k -> new ArrayList<>()).add(new FileRecord(name, f.path("size").asLong(0),
                    text(f, "sha256"), null, null, null, false));
        }
        Map<String, LayoutEntry> out = new LinkedHashMap<>();
        grouped.forEach((k, files) -> out.put(k, new LayoutEntry(displayNames.getOrDefault(k, k), owner, generation,
                at, files)));
        return new FolderIndex(generation, at, out, true);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        try {
            return t == null ? null : Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
