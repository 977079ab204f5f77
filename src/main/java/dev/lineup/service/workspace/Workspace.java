package dev.lineup.service.workspace;

import dev.lineup.service.common.RunGate;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.settings.SettingsService;
import dev.lineup.store.Backups;
import dev.lineup.store.LineupStore;
import dev.lineup.store.NewerSchemaException;
import dev.lineup.store.StoreException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An owned data directory: the instance lock plus the open database. What a CLI command or the desktop
 * app opens first, and closes last.
 */
public final class Workspace implements Closeable {
    /** How long a second process waits for the owner (the database, where settings live, is not yet open). */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(5);
    private final Path dataDir;
    private final InstanceLock lock;
    private final LineupStore store;

    private Workspace(Path dataDir, InstanceLock lock, LineupStore store) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.store = store;
    }

    /**
     * Locks and opens {@code DataDirectory.resolve(override)}. {@code lockWait} null means the
     * default ({@code LINEUP_LOCK_WAIT_SECONDS} or 5 s). {@code notices} gets messages the user must
     * see (e.g. a damaged database restored from a backup).
     */
    public static Workspace open(Path override, Duration lockWait, Consumer<String> notices) throws IOException {
        Path dir = DataDirectory.resolve(override);
        String env = System.getenv("LINEUP_LOCK_WAIT_SECONDS");
        Duration wait = lockWait != null ? lockWait
                : env != null && env.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(env)) : DEFAULT_LOCK_WAIT;
        InstanceLock lock = InstanceLock.acquire(dir, wait);
        try {
            Leftovers.sweep(dir);
            return new Workspace(dir, lock, LineupStore.open(dir, notices));
        } catch (NewerSchemaException e) {
            lock.close();
            throw new NewerDataException(e.getMessage(), Backups.newestUsable(dir).orElse(null), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * {@code lineup restore} when the database cannot be opened because a newer Lineup wrote it: checks
     * {@code backup}, keeps that database aside and puts the backup in its place. Returns where the
     * newer database was kept. A backup that cannot be used is an {@link IllegalArgumentException} saying why.
     */
    public static Path restoreOverNewer(Path override, Path backup, Consumer<String> notices) throws IOException {
        Path dir = DataDirectory.resolve(override);
        try (InstanceLock lock = InstanceLock.acquire(dir, DEFAULT_LOCK_WAIT)) {
            Path aside = dev.lineup.store.Database.replaceUnopenable(dir, backup);
            LineupStore.open(dir, notices).close(); // migrates an older backup, proves it opens
            return aside;
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public LineupStore store() {
        return store;
    }

    /** The sources, as the Sources screen and {@code lineup source} see them (one way to add and check one). */
    public SourceAdmin sources() {
        return new SourceAdmin(store, new RunGate());
    }

    /** The layouts, as the editor and {@code lineup layout} see them (one way to create and check one). */
    public LayoutService layouts() {
        return new LayoutService(store);
    }

    /** Layout tools: rules, health, guide matching, numbering (the Tools screen and {@code lineup layout rules|health|epg}). */
    public LayoutToolsService tools() {
        return new LayoutToolsService(store);
    }

    /** Settings, backups and the installation ({@code lineup config|backup|restore|init}, the Settings screen). */
    public SettingsService settings() {
        return new SettingsService(store);
    }

    @Override
    public void close() throws IOException {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}
