package dev.lineup.output;

import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .lineup-rendered-from} beside a render's files: the {@link RenderInputs} digest it was made from and
 * each file as written (size, sha256, modification time). A later render of the same inputs into the same
 * folder would write the same bytes, so a publish may take the folder as it is; any file replaced, touched
 * or missing since, or a manifest that no longer matches, makes the folder count as not current.
 */
public final class RenderedFrom {
    public static final String FILE_NAME = ".lineup-rendered-from";

    private RenderedFrom() {
    }

    /** Forgets what {@code dir} was rendered from (before it is rendered again). */
    static void forget(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE_NAME));
    }

    /** Records that {@code dir} now holds {@code manifest}'s files, rendered from {@code inputs}. */
    static void remember(Path dir, String inputs, Manifest manifest) throws IOException {
        StringBuilder sb = new StringBuilder(inputs).append('\n');
        for (Manifest.FileEntry f : manifest.files()) {
            sb.append(line(f, Files.getLastModifiedTime(dir.resolve(f.name())).toMillis())).append('\n');
        }
        Path tmp = dir.resolve(TempFiles.name(FILE_NAME));
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The manifest of {@code dir} when its files are exactly what a render from {@code inputs} wrote there;
     * empty when anything differs or cannot be read (then the caller renders).
     */
    public static Optional<Manifest> current(Path dir, String inputs) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
            Optional<Manifest> manifest = Manifest.readFrom(dir);
            if (lines.isEmpty() || !lines.get(0).equals(inputs) || manifest.isEmpty()) {
                return Optional.empty();
            }
            List<String> now = new ArrayList<>();
            now.add(inputs);
            for (Manifest.FileEntry f : manifest.get().files()) {
                now.add(line(f, Files.getLastModifiedTime(dir.resolve(f.name())).toMillis()));
                if (Files.size(dir.resolve(f.name())) != f.size()) {
                    return Optional.empty();
                }
            }
            return now.equals(lines) ? manifest : Optional.empty();
        } catch (IOException | RuntimeException e) { // no record yet, or a file gone: not current
            return Optional.empty();
        }
    }

    private static String line(Manifest.FileEntry f, long modifiedMillis) {
        return f.name() + "\t" + f.size() + "\t" + f.sha256() + "\t" + modifiedMillis;
    }
}
