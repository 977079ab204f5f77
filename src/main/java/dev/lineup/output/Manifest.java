package dev.lineup.output;

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
public record Manifest(int schema, String layout, long generation, String createdAt, Instance instance,
                       List<FileEntry> files) {
    public static final String FILE_NAME = "lineup-manifest.json";
    public static final int SCHEMA = 1;

    public Manifest {
        files = List.copyOf(files);
    }

    /** The installation that produced the output. */
    public record Instance(String id, String name) {
    }

    /**
     * One written file. {@code blockSha256}: the SHA-256 of its 4 MiB blocks' SHA-256s (Dropbox's content
     * hash), counted while rendering; null in manifests written before it was kept.
     */
    public record FileEntry(String name, long size, String sha256, String blockSha256) {
        public FileEntry(String name, long size, String sha256) {
            this(name, size, sha256, null);
        }
    }

    public Manifest withGeneration(long newGeneration) {
        return new Manifest(schema, layout, newGeneration, createdAt, instance, files);
    }

    public byte[] toJson() {
        return ManifestJson.write(this);
    }

    public static Manifest parse(byte[] json) throws IOException {
        return ManifestJson.read(json);
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
