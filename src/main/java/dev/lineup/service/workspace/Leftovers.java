package dev.lineup.service.workspace;

import dev.lineup.service.publish.CombinedStaging;
import dev.lineup.files.TempFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what killed runs left in the data directory: temporaries ({@link TempFiles}), unfinished
 * downloads ({@code .part}), the combined publish folder, temporaries of older versions
 * ({@code .NAME.tmp-TOKEN}), and guide folders of backups that were never finished. Runs right after the
 * instance lock is taken: no other process may be writing there, so any temporary not this process's is
 * left over, whatever its age.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    private static final Predicate<Path> PART = p -> p.getFileName().toString().endsWith(".part");
    private static final Predicate<Path> OLD_STAGED = p -> p.getFileName().toString().matches("\\..+\\.tmp-[0-9a-f]{8}");

    private Leftovers() {
    }

    static int sweep(Path dataDir) {
        int n = TempFiles.sweep(dataDir, false, Duration.ZERO, p -> false);
        n += TempFiles.sweep(dataDir.resolve("backups"), false, Duration.ZERO, p -> false);
        n += TempFiles.sweep(dataDir.resolve("downloads"), false, Duration.ZERO, PART);
        n += TempFiles.sweep(dataDir.resolve("guides"), false, Duration.ZERO, PART);
        n += TempFiles.sweep(dataDir.resolve("cache"), true, Duration.ZERO, p -> false);
        n += TempFiles.sweep(dataDir.resolve("output"), true, Duration.ZERO, OLD_STAGED);
        n += TempFiles.sweep(dataDir.resolve("staging"), true, Duration.ZERO,
                OLD_STAGED.or(p -> p.getFileName().toString().equals(CombinedStaging.COMBINED)));
        n += orphanBackupGuides(dataDir.resolve("backups"));
        return n;
    }

    /** {@code lineup-X.guides} without its {@code lineup-X.db}: a backup killed between the two renames. */
    private static int orphanBackupGuides(Path backups) {
        if (!Files.isDirectory(backups)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(backups, "lineup-*.guides")) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                if (!Files.exists(d.resolveSibling(name.substring(0, name.length() - ".guides".length()) + ".db"))) {
                    TempFiles.deleteTree(d);
                    n++;
                }
            }
        } catch (IOException e) {
            LOG.warn("could not clean {}: {}", backups, e.getMessage());
        }
        return n;
    }
}
