package dev.lineup.service.logos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the logo folder under a size: a logo's file time is when it was last shown, and once the folder grows
 * past the bound the least recently shown logos go until it is under three quarters of it (so not every new
 * logo costs a listing). A playlist of 100k channels must not fill the user's disk with pictures.
 */
final class LogoFolderBound {
    private static final Logger LOG = LoggerFactory.getLogger(LogoFolderBound.class);
    private final Path dir;
    private final long maxBytes;
    private long total = -1;

    LogoFolderBound(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** A cached logo was shown again: it becomes the most recent. */
    void used(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("logo time not updated: {}", e.getClass().getSimpleName());
        }
    }

    /** A logo of {@code size} bytes was written; trims the folder when it is over the bound. */
    synchronized void added(Path file, long size) throws IOException {
        if (total < 0) {
            total = files().stream().mapToLong(LogoFolderBound::size).sum();
        } else {
            total += size;
        }
        if (total <= maxBytes) {
            return;
        }
        List<Path> oldestFirst = files().stream()
                .sorted(Comparator.comparing(LogoFolderBound::modified)).toList();
        long target = maxBytes * 3 / 4;
        for (Path p : oldestFirst) {
            if (total <= target) {
                break;
            }
            if (!p.equals(file)) {
                long n = size(p);
                if (Files.deleteIfExists(p)) {
                    total -= n;
                }
            }
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".img")).toList();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
