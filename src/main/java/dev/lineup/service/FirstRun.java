package dev.lineup.service;

import dev.lineup.service.common.RunGate;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.library.SourceForm;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.service.layouts.StoredEpgMatch;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.model.Role;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.service.library.SourceRefreshRun;
import dev.lineup.service.common.Env;
import dev.lineup.service.publish.TargetService;
import dev.lineup.service.publish.TargetSettings;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a new installation gets, shared by {@code lineup init} and the desktop app's first-start setup:
 * the installation itself with the default {@code local} publish target, and (desktop) the bundled
 * sample playlist and guide as real sources with a "Sample" layout, so the first screen is not empty.
 */
public final class FirstRun {
    public static final String SAMPLE_PLAYLIST = "sample-playlist.m3u";
    public static final String SAMPLE_GUIDE = "sample-guide.xml.gz";
    public static final String SAMPLE_SOURCE = "Sample";
    public static final String SAMPLE_GUIDE_SOURCE = "Sample guide";
    public static final String SAMPLE_LAYOUT = "Sample";
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private FirstRun() {
    }

    /** The folder the default {@code local} target publishes to unless the user picks another. */
    public static Path defaultOutputFolder(Path dataDir) {
        return dataDir.resolve("published").toAbsolutePath();
    }

    /**
     * Creates (or renames) the installation and, if there is none yet, the {@code local} target
     * writing to {@code outputFolder} (null: {@link #defaultOutputFolder}) so publishing works at once.
     */
    public static Installation init(LineupStore store, Path dataDir, String name, Role role,
                                    Path outputFolder) {
        Installation inst = store.installation().init(name, role);
        TargetService targets = new TargetService(store, Env.SYSTEM);
        if (targets.find(TargetService.DEFAULT_TARGET).isEmpty()) {
            Path folder = outputFolder != null ? outputFolder.toAbsolutePath() : defaultOutputFolder(dataDir);
            targets.add(new TargetService.TargetForm(TargetService.DEFAULT_TARGET, TargetSettings.LOCAL,
                    folder.toString(), null, null), false, null);
        }
        return inst;
    }

    /** {@code lineup init}: names (or renames) the installation of an open workspace, as {@link #init} does. */
    public static Installation init(Workspace ws, String name, Role role) {
        return init(ws.store(), ws.dataDir(), name, role, null);
    }

    /**
     * Copies the bundled sample playlist and guide to {@code DATA/sample/}, adds them as an m3u and an
     * epg source, refreshes both, and makes the numbered "Sample" layout with guides matched.
     * Sources or a layout that already exist are left as they are.
     */
    public static void addSample(LineupStore store, Path dataDir, Progress progress, Cancellation cancel)
            throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve("sample"));
        Path playlist = copyAsset(SAMPLE_PLAYLIST, dir);
        Path guide = copyAsset(SAMPLE_GUIDE, dir);
        SourceRefresher refresher = SourceRefresher.standard(store);
        for (Source s : new Source[] {
                sourceOf(store, SAMPLE_SOURCE, SourceKind.M3U, playlist),
                sourceOf(store, SAMPLE_GUIDE_SOURCE, SourceKind.EPG, guide)}) {
            if (s.lastRefresh() == null) {
                SourceRefreshRun.refresh(store, refresher, s, progress, cancel);
            }
        }
        if (store.layouts().load(SAMPLE_LAYOUT).isEmpty()) {
            new LayoutService(store).createFromSource(SAMPLE_LAYOUT, SAMPLE_SOURCE);
            Layout l = store.layouts().load(SAMPLE_LAYOUT).orElseThrow();
            store.layouts().save(Numbering.renumberEdit(l.channels().map(c -> c.sourceKey()).toList(), 1,
                    NumberingOptions.DEFAULT).apply(l));
            StoredEpgMatch.Outcome m = StoredEpgMatch.run(store, SAMPLE_LAYOUT, true);
            LOG.info("first start in {}: layout '{}' from the bundled sample, {} guides mapped", dataDir,
                    SAMPLE_LAYOUT, m.applied());
        }
    }

    /** The sample source, added the one way every source is added (checked by {@link SourceAdmin}). */
    private static Source sourceOf(LineupStore store, String name, SourceKind kind, Path file) throws IOException {
        if (store.sources().find(name).isEmpty()) {
            new SourceAdmin(store, new RunGate()).add(new SourceForm(kind, name, file.toAbsolutePath().toString(),
                    null, null, false, false));
        }
        return store.sources().find(name).orElseThrow();
    }

    private static Path copyAsset(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = FirstRun.class.getResourceAsStream("/assets/sample/" + name)) {
            if (in == null) {
                throw new IOException("the bundled sample /assets/sample/" + name + " is missing from the jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
