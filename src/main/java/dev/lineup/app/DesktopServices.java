package dev.lineup.app;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import dev.lineup.store.LineupStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the desktop app's services over a data directory. System properties for demos, screenshots
 * and benchmarks: {@code lineup.dataDir} (else {@code LINEUP_HOME}, else the per-OS place),
 * {@code lineup.playlists} (extra local M3U files, path-separator separated, shown as read-only sources).
 */
public final class DesktopServices {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopServices.class);

    private DesktopServices() {
    }

    public static AppServices create(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        PlaylistLibrary library = new PlaylistLibrary().addSample();
        String extra = System.getProperty("lineup.playlists", "");
        for (String p : extra.split(File.pathSeparator)) {
            if (!p.isBlank()) {
                Path file = Path.of(p.strip());
                library.addFile(file.getFileName().toString(), file);
            }
        }
        FileLayoutService layouts = new FileLayoutService(dataDir.resolve("layouts"));
        ExecutorService executor = BackgroundExecutor.create(2);
        AppServices s = new AppServices(dataDir, installation(), library, layouts, new UnavailablePublishService(),
                new DiskLogoCache(dataDir.resolve("cache").resolve("logos"), Duration.ofSeconds(5)), executor,
                new StoreLayoutTools(LineupStore.open(dataDir, n -> LOG.warn("{}", n))));
        if (layouts.names().isEmpty()) {
            // First start: a layout built from the bundled sample, so the editor is not empty.
            Layout sample = fromSource("Sample", library.catalog("Sample", TaskProgress.NONE));
            List<String> keys = sample.channels().map(c -> c.sourceKey()).toList();
            layouts.save(Numbering.renumberEdit(keys, 1, NumberingOptions.DEFAULT).apply(sample));
            LOG.info("first start in {}: created layout 'Sample' from the bundled sample playlist", dataDir);
        }
        return s;
    }

    /** One group per source category, every channel, in provider order (what {@code layout create --from-source} makes). */
    public static Layout fromSource(String name, SourceCatalog catalog) {
        Layout l = new Layout(name, LayoutOptions.DEFAULTS, List.of());
        for (Map.Entry<String, List<SourceChannelRef>> e : catalog.byCategory().entrySet()) {
            l = ChannelEdits.add(e.getValue(), e.getKey(), Integer.MAX_VALUE).apply(l);
        }
        return l;
    }

    public static Path defaultDataDir() {
        String prop = System.getProperty("lineup.dataDir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String home = System.getenv("LINEUP_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path user = Path.of(System.getProperty("user.home"));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "Lineup");
        }
        if (os.contains("mac")) {
            return user.resolve("Library/Application Support/Lineup");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : user.resolve(".local/share")).resolve("lineup");
    }

    private static InstallationInfo installation() {
        String name = System.getProperty("lineup.installationName");
        if (name == null || name.isBlank()) {
            name = System.getenv().getOrDefault("HOSTNAME", "");
        }
        if (name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                name = "This computer";
            }
        }
        return new InstallationInfo(name, "primary");
    }
}
