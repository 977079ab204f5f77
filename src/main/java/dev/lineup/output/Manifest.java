package dev.lineup.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code lineup-manifest.json}: what one output run produced. Written last, so a reader that finds a
 * manifest finds every file it names, with exactly these sizes and hashes. {@code generation} grows
 * with every output; when published, the publisher writes the lease's generation (the fencing token).
 */
@JsonPropertyOrder({"schema", "layout", "generation", "createdAt", "instance", "files"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int schema, String layout, long generation, String createdAt, Instance instance,
                       List<FileEntry> files) {
    public static final String FILE_NAME = "lineup-manifest.json";
    public static final int SCHEMA = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        files = List.copyOf(files);
    }

    /** The installation that produced the output. */
    public record Instance(String id, String name) {
    }

    @JsonPropertyOrder({"name", "size", "sha256"})
    public record FileEntry(String name, long size, String sha256) {
    }

    public Manifest withGeneration(long newGeneration) {
        return new Manifest(schema, layout, newGeneration, createdAt, instance, files);
    }

    public byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("manifest not serializable", e);
        }
    }

    public static Manifest parse(byte[] json) throws IOException {
        return MAPPER.readValue(json, Manifest.class);
    }

    /** The manifest of a folder's current output, if there is a readable one. */
    public static Optional<Manifest> readFrom(Path dir) {
        Path p = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(Files.readAllBytes(p)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
