package dev.lineup.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one naming scheme of Lineup's temporary files: {@code .lineup-tmp-PID-TOKEN-LABEL}. The prefix makes
 * them recognizable (and hidden); the pid says which process writes one, so a later run can tell a
 * temporary a killed run left behind from one a live process is still writing, and remove it.
 */
public final class TempFiles {
    public static final String PREFIX = ".lineup-tmp-";
    /** In a holder: logging is set up only when there is something to log (a plain render has nothing). */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);
    }
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");

    private TempFiles() {
    }

    /** A fresh temporary name for a file that will become {@code label} (or is about it). */
    public static String name(String label) {
        return PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8) + "-"
                + label;
    }

    public static boolean isTemp(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(PREFIX);
    }

    /**
     * Whether a temporary was left behind: this process did not write it, and either the process that
     * did is gone (or its pid now belongs to a process started after the file was last written), or the
     * file was not written for {@code maxAge} (a live writer keeps touching it).
     */
    public static boolean isAbandoned(Path file, Duration maxAge) {
        try {
            Instant modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            Optional<Long> pid = ownerPid(file);
            if (pid.isPresent() && pid.get() == ProcessHandle.current().pid()) {
                return false;
            }
            if (modified.isBefore(Instant.now().minus(maxAge))) {
                return true;
            }
            if (pid.isEmpty()) {
                return false;
            }
            Optional<ProcessHandle> owner = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
            return owner.isEmpty() || owner.get().info().startInstant().map(s -> s.isAfter(modified)).orElse(false);
        } catch (IOException e) {
            return false; // gone already, or unreadable: not ours to judge
        }
    }

    static Optional<Long> ownerPid(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /**
     * Removes abandoned temporaries ({@link #isTemp}, or any file {@code alsoTemp} names, e.g. a
     * {@code .part} download) in {@code dir}, in its subfolders too when {@code deep}. Returns how many.
     * Only regular files and folders are removed; symbolic links are never followed.
     */
    public static int sweep(Path dir, boolean deep, Duration maxAge, java.util.function.Predicate<Path> alsoTemp) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean temp = isTemp(p) || alsoTemp.test(p);
                if (temp && !a.isSymbolicLink() && isAbandoned(p, maxAge)) {
                    deleteTree(p);
                    removed++;
                } else if (deep && a.isDirectory()) {
                    removed += sweep(p, true, maxAge, alsoTemp);
                }
            }
        } catch (IOException e) {
            Log.LOG.warn("could not clean temporary files in {}: {}", dir, e.getMessage());
        }
        if (removed > 0) {
            Log.LOG.info("removed {} temporary files left by an earlier run in {}", removed, dir);
        }
        return removed;
    }

    /** Deletes a file, or a folder with everything in it, never following symbolic links. */
    public static void deleteTree(Path p) throws IOException {
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(p);
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
