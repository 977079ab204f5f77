package dev.lineup.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared real-world corpus ({@code shared/corpus} beside the project checkout). Tests read it,
 * never write it. A missing corpus fails loudly rather than skipping, so CI cannot pass vacuously.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String prop = System.getProperty("lineup.corpus");
        for (Path p : Stream.of(prop, "../shared/corpus", "/work/shared/corpus")
                .filter(s -> s != null && !s.isBlank()).map(Path::of).toList()) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("shared corpus not found: set -Dlineup.corpus or clone beside ../shared");
    }

    public static Path path(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("corpus file missing: " + relative);
        }
        return p;
    }

    /** Every file of a corpus folder ({@code m3u} or {@code xmltv}), sorted by name. */
    public static List<Path> all(String folder) {
        try (Stream<Path> s = Files.list(root().resolve(folder))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
