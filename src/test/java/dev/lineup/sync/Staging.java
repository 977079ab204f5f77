package dev.lineup.sync;

import dev.lineup.output.Hashing;
import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Writes a staged output folder the way the output package does: files, then the manifest. */
public final class Staging {
    private Staging() {
    }

    public static Path write(Path dir, String layout, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        ObjectNode m = SyncJson.MAPPER.createObjectNode();
        m.put("schema", 1).put("layout", layout).put("generation", 0).put("createdAt", Instant.now().toString());
        m.putObject("instance").put("id", "test-instance").put("name", "Test PC");
        ArrayNode arr = m.putArray("files");
        for (Map.Entry<String, String> e : files.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(e.getKey()), bytes);
            arr.addObject().put("name", e.getKey()).put("size", bytes.length).put("sha256", Hashing.sha256(bytes));
        }
        Files.write(dir.resolve(Manifest.FILE_NAME), SyncJson.MAPPER.writeValueAsBytes(m));
        return dir;
    }

    /** Parses JSON with the sync package's mapper (for assertions on published manifests and leases). */
    public static com.fasterxml.jackson.databind.JsonNode json(byte[] bytes) throws IOException {
        return SyncJson.MAPPER.readTree(bytes);
    }
}
