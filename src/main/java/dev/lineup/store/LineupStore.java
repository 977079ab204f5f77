package dev.lineup.store;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The database of one data directory with every store over it: what the CLI, the renderer and the UI's
 * services hold. Open it only while owning the data directory ({@code app.InstanceLock}).
 */
public final class LineupStore implements Closeable {
    private final Database db;
    private final Settings settings;
    private final Secrets secrets;
    private final InstallationStore installation;
    private final SourceStore sources;
    private final ChannelStore channels;
    private final LayoutStore layouts;
    private final TargetStore targets;
    private final ProblemStore problems;
    private final LayoutStateStore layoutState;
    private final PublishRunStore publishRuns;
    private final RefreshRunStore refreshRuns;
    private final ChannelResolver resolver;

    private LineupStore(Database db) {
        this.db = db;
        this.settings = new Settings(db);
        this.secrets = new Secrets(db);
        this.installation = new InstallationStore(db);
        this.sources = new SourceStore(db);
        this.channels = new ChannelStore(db);
        this.layouts = new LayoutStore(db);
        this.targets = new TargetStore(db);
        this.problems = new ProblemStore(db);
        this.layoutState = new LayoutStateStore(db);
        this.publishRuns = new PublishRunStore(db);
        this.refreshRuns = new RefreshRunStore(db);
        this.resolver = new ChannelResolver(sources, channels, settings);
    }

    /** Opens (creating, checking, repairing, migrating as needed) the database of {@code dataDir}. */
    public static LineupStore open(Path dataDir, Consumer<String> notices) {
        return new LineupStore(Database.open(dataDir, notices));
    }

    public Database database() {
        return db;
    }

    public Backups backups() {
        return db.backups();
    }

    public Settings settings() {
        return settings;
    }

    public Secrets secrets() {
        return secrets;
    }

    public InstallationStore installation() {
        return installation;
    }

    public SourceStore sources() {
        return sources;
    }

    public ChannelStore channels() {
        return channels;
    }

    public LayoutStore layouts() {
        return layouts;
    }

    public TargetStore targets() {
        return targets;
    }

    public ProblemStore problems() {
        return problems;
    }

    /** Each layout's target, last publish, rules and guide auto-matching. */
    public LayoutStateStore layoutState() {
        return layoutState;
    }

    /** The publish history and each layout's last published files. */
    public PublishRunStore publishRuns() {
        return publishRuns;
    }

    /** The refresh history, with the entries each refresh skipped. */
    public RefreshRunStore refreshRuns() {
        return refreshRuns;
    }

    public ChannelResolver resolver() {
        return resolver;
    }

    @Override
    public void close() {
        db.close();
    }
}
