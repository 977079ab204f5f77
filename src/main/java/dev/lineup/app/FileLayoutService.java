package dev.lineup.app;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutJson;
import dev.lineup.model.LayoutOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layouts as layout JSON files in one folder, one file per layout, each written to a temporary file
 * and moved into place so a crash never leaves half a layout. The file name is the layout name with
 * every character outside {@code [A-Za-z0-9 _-]} percent-escaped, so any name round-trips on any OS.
 */
public final class FileLayoutService implements LayoutService {
    private static final Logger LOG = LoggerFactory.getLogger(FileLayoutService.class);
    private static final String EXT = ".layout.json";
    private final Path dir;

    public FileLayoutService(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    @Override
    public synchronized List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(EXT))
                    .forEach(f -> names.add(unescape(f.substring(0, f.length() - EXT.length()))));
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    @Override
    public synchronized Layout load(String name) throws IOException {
        Path f = file(name);
        if (!Files.exists(f)) {
            throw new UnknownLayoutException(name);
        }
        Layout l = LayoutJson.read(f);
        // The file name is the truth: a hand-edited "name" inside must not make two files claim one layout.
        return l.name().equals(name) ? l : new Layout(name, l.options(), l.groups());
    }

    @Override
    public synchronized Layout create(String name) throws IOException {
        requireFree(name);
        Layout l = new Layout(name, LayoutOptions.DEFAULTS, List.of());
        save(l);
        return l;
    }

    @Override
    public synchronized void save(Layout layout) throws IOException {
        Path target = file(layout.name());
        Path tmp = Files.createTempFile(dir, ".saving-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                LayoutJson.write(layout, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        LOG.debug("saved layout '{}'", layout.name());
    }

    @Override
    public synchronized void delete(String name) throws IOException {
        if (!Files.deleteIfExists(file(name))) {
            throw new UnknownLayoutException(name);
        }
    }

    @Override
    public synchronized void rename(String from, String to) throws IOException {
        Layout l = load(from);
        if (from.equals(to)) {
            return;
        }
        requireFree(to);
        save(new Layout(to, l.options(), l.groups()));
        Files.delete(file(from));
    }

    @Override
    public synchronized Layout importFile(Path file) throws IOException {
        Layout l = LayoutJson.read(file);
        save(l);
        return l;
    }

    @Override
    public synchronized void exportFile(String name, Path file) throws IOException {
        Layout l = load(name);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                LayoutJson.write(l, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void requireFree(String name) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a layout needs a name");
        }
        if (Files.exists(file(name))) {
            throw new LayoutNameTakenException(name);
        }
    }

    private Path file(String name) {
        return dir.resolve(escape(name) + EXT);
    }

    static String escape(String name) {
        StringBuilder b = new StringBuilder();
        for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '_' || c == '-';
            if (plain) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
