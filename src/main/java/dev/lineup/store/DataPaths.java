package dev.lineup.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paths of files inside the data directory are stored relative to it, so the whole directory can be
 * moved (another disk, another computer) and still work. Paths outside it stay absolute.
 */
public final class DataPaths {
    /** A guide file Lineup downloaded, as earlier versions stored it: absolute, in some {@code guides/}. */
    private static final Pattern LEGACY_GUIDE = Pattern.compile(".*[/\\\\]guides[/\\\\](source-\\d+\\.xml(?:\\.gz)?)");

    private DataPaths() {
    }

    /**
     * What to store for {@code file}: relative (with '/') when it lies under {@code dataDir}, else absolute.
     * A relative {@code file} is already a stored form, relative to {@code dataDir}.
     */
    public static String toStored(Path dataDir, Path file) {
        Path base = dataDir.toAbsolutePath().normalize();
        Path abs = base.resolve(file).normalize();
        if (!abs.startsWith(base)) {
            return abs.toString();
        }
        return base.relativize(abs).toString().replace('\\', '/');
    }

    /** The file a stored path names: relative ones resolve against {@code dataDir}. */
    public static Path resolve(Path dataDir, String stored) {
        Path p = Path.of(stored);
        return p.isAbsolute() ? p : dataDir.toAbsolutePath().normalize().resolve(p).normalize();
    }

    /** The stored path as a path under {@code dataDir}, or null when it points elsewhere. */
    static Path relativeUnder(Path dataDir, String stored) {
        try {
            String s = toStored(dataDir, resolve(dataDir, stored));
            Path rel = Path.of(s);
            return rel.isAbsolute() || rel.startsWith("..") ? null : rel;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * The relative form of a stored guide path written by an earlier version: absolute under this data
     * directory, or under the {@code guides/} of the folder the data directory was moved from. Null when
     * it is neither (already relative, or a file the user keeps elsewhere).
     */
    static String migratedGuidePath(Path dataDir, String stored) {
        boolean foreignDrive = stored != null && stored.matches("^[A-Za-z]:\\\\.*") && !Path.of(stored).isAbsolute();
        if (stored == null || !Path.of(stored).isAbsolute() && !foreignDrive) {
            return null;
        }
        String rel = foreignDrive ? stored : toStored(dataDir, Path.of(stored));
        if (!Path.of(rel).isAbsolute() && !foreignDrive) {
            return rel;
        }
        Matcher m = LEGACY_GUIDE.matcher(stored);
        return m.matches() ? "guides/" + m.group(1) : null;
    }
}
