package dev.lineup.source;

import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Redactor;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.RefreshRun;
import dev.lineup.model.Source;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceKind;
import dev.lineup.model.XtreamAccount;
import dev.lineup.store.IncomingChannel;
import dev.lineup.store.LineupStore;
import dev.lineup.store.RefreshChanges;
import dev.lineup.store.Settings;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.xmltv.GuideFormat;
import dev.lineup.xmltv.XmltvFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes sources: backs the database up, fetches, reads, matches identities ({@link IdentityMatcher})
 * and writes everything in one transaction. A failure or cancel at any point leaves the channels as
 * they were (only the source's status line records the failure).
 */
public final class SourceRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRefresher.class);
    private final LineupStore store;
    private final Fetcher fetcher;
    private final PlaylistParser playlists;
    private final GuideParser guides;
    private final Path downloads;
    private final boolean allowEmpty;

    public SourceRefresher(LineupStore store, Fetcher fetcher, PlaylistParser playlists, GuideParser guides) {
        this(store, fetcher, playlists, guides, false);
    }

    private SourceRefresher(LineupStore store, Fetcher fetcher, PlaylistParser playlists, GuideParser guides,
                            boolean allowEmpty) {
        this.store = store;
        this.fetcher = fetcher;
        this.playlists = playlists;
        this.guides = guides;
        this.downloads = store.database().dataDir().resolve("downloads");
        this.allowEmpty = allowEmpty;
    }

    /**
     * This refresher, accepting a source that now lists no channels (the user confirmed it, e.g.
     * {@code source refresh --allow-empty}); otherwise an empty answer is refused and the previous kept.
     */
    public SourceRefresher allowingEmpty() {
        return new SourceRefresher(store, fetcher, playlists, guides, true);
    }

    /** A refresher with the installed parsers and an HTTP client configured from the settings. */
    public static SourceRefresher standard(LineupStore store) {
        // Looked up when first needed, so an Xtream refresh works whichever parsers are installed.
        return new SourceRefresher(store, Fetcher.fromSettings(store.settings()),
                (file, name, sink) -> PlaylistParser.load().parse(file, name, sink),
                (file, id) -> GuideParser.load().channels(file, id));
    }

    public RefreshReport refresh(Source source, Progress progress, Cancellation cancel) throws IOException {
        Instant start = Instant.now();
        store.backups().create("refresh-" + source.id());
        try {
            RefreshReport r = source.kind() == SourceKind.EPG ? refreshGuide(source, start, progress, cancel)
                    : refreshChannels(source, start, progress, cancel);
            LOG.info("refreshed {}", r.summary());
            store.refreshRuns().record(new RefreshRun(historyTime(), source.name(), true, r.words(), r.skipped()));
            return r;
        } catch (IOException | RuntimeException e) {
            String why = e instanceof CancellationException ? "cancelled" : "failed: " + FailureText.of(e);
            store.sources().recordStatus(source.id(), Instant.now(), why);
            store.refreshRuns().record(new RefreshRun(historyTime(), source.name(), false, why, List.of()));
            throw e;
        }
    }

    private RefreshReport refreshChannels(Source s, Instant start, Progress progress, Cancellation cancel)
            throws IOException {
        // Stored identities first, so the first reading of the source feeds the matcher as it goes.
        IdentityMatcher matcher = new IdentityMatcher();
        store.channels().forEachIdentity(s.id(), matcher::addStored);
        IncomingFeed incoming;
        List<SourceCategory> categories;
        List<String> skipped = List.of();
        XtreamAccount account = null;
        List<SourceAttribute> headerDefaults = List.of();
        String location = store.sources().location(s);
        if (s.kind() == SourceKind.XTREAM) {
            XtreamClient client = new XtreamClient(fetcher, location, s.username(),
                    store.sources().password(s).orElse(""), cancel);
            account = client.account();
            XtreamReading.Read read = XtreamReading.read(client, location, s.id(), s.ignoreVod(), s.ignoreSeries(),
                    progress, cancel);
            read.channels().forEach(matcher::addIncoming);
            incoming = IncomingFeed.of(read.channels());
            categories = read.categories();
        } else {
            Path file = fetcher.fetch(location, downloads.resolve("source-" + s.id() + ".m3u"), s.kind(), progress,
                    cancel);
            PlaylistReading.Read read = PlaylistReading.read(playlists, file, s.name(), s.id(), s.ignoreVod(),
                    s.ignoreSeries(), progress, cancel, matcher::addIncoming);
            incoming = read.channels();
            categories = read.categories();
            headerDefaults = read.headerDefaults();
            skipped = read.skipped();
        }
        RefreshReport report = apply(s, start, matcher, incoming, categories, skipped, account, progress, cancel);
        // Stored once the channels are: a refresh that failed keeps the defaults its channels were read with.
        store.sources().setHeaderDefaults(s.id(), headerDefaults);
        return report;
    }

    /** Matches the channels the matcher was given and writes the changes, reading {@code incoming} again. */
    private RefreshReport apply(Source s, Instant start, IdentityMatcher matcher, IncomingFeed incoming,
                                List<SourceCategory> categories, List<String> skipped, XtreamAccount account,
                                Progress progress,
                                Cancellation cancel) throws IOException {
        int count = matcher.incomingCount();
        if (count == 0 && !allowEmpty) {
            throw emptySource(s, matcher.activeStoredCount());
        }
        cancel.check("refresh");
        progress.update("match", 0, count);
        IdentityMatcher.Result m = matcher.match();
        cancel.check("refresh");
        Instant now = Instant.now();
        int keepDays = store.settings().getInt(Settings.REMOVED_KEEP_DAYS);
        long total = m.updates() + m.inserts() + m.removeIds().length;
        RefreshChanges.ChannelWrites writes = to -> {
            int[] i = {0};
            incoming.forEachUnchecked(c -> {
                if (i[0] >= m.targets().length) {
                    throw new IllegalStateException("the source changed while it was being read");
                }
                long target = m.targets()[i[0]++];
                if (target == IdentityMatcher.INSERT) {
                    to.insert(c);
                } else if (target != IdentityMatcher.UNCHANGED) {
                    to.update(new IncomingChannel(c.channel().withId(target), c.keyUrl()));
                }
            });
            if (i[0] != m.targets().length) {
                throw new IllegalStateException("the source changed while it was being read");
            }
        };
        int purged;
        try {
            purged = store.channels().applyRefresh(new RefreshChanges(s.id(), now, writes, m.removeIds(),
                    now.minus(Duration.ofDays(keepDays)), categories, account), rows -> {
                        cancel.check("refresh");
                        progress.update("save", rows, total);
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RefreshReport(s.name(), count, m.inserts(), m.removeIds().length, m.renamed(), m.repointed(),
                m.moved(), m.revived(), purged, Duration.between(start, Instant.now()), skipped);
    }

    private RefreshReport refreshGuide(Source s, Instant start, Progress progress, Cancellation cancel)
            throws IOException {
        Path fetched = fetcher.fetch(store.sources().location(s), downloads.resolve("guide-" + s.id() + ".download"),
                SourceKind.EPG, progress, cancel);
        Path guidesDir = store.database().dataDir().resolve("guides");
        Files.createDirectories(guidesDir);
        Path dest = guidesDir.resolve("source-" + s.id() + GuideFormat.of(fetched).suffix());
        Path tmp = guidesDir.resolve(dest.getFileName() + ".part");
        if (fetched.startsWith(downloads)) {
            Files.move(fetched, tmp, StandardCopyOption.REPLACE_EXISTING); // our own download: no second GB written
        } else {
            Files.copy(fetched, tmp, StandardCopyOption.REPLACE_EXISTING); // the user's file stays theirs
        }
        List<GuideSourceChannel> channels;
        try {
            channels = guides.channels(tmp, s.id());
            cancel.check("refresh");
        } catch (XmltvFormatException e) {
            Files.deleteIfExists(tmp);
            throw namingTheGuide(e, store.sources().location(s));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        int before = store.sources().guideChannels(s.id()).size();
        if (channels.isEmpty() && !allowEmpty) {
            Files.deleteIfExists(tmp);
            throw emptySource(s, before);
        }
        Files.move(tmp, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        store.sources().guideFile(s.id()).filter(old -> !old.equals(dest.toAbsolutePath())).ifPresent(old -> {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                LOG.warn("could not delete the old guide file {}: {}", old, e.getMessage());
            }
        });
        store.sources().replaceGuide(s.id(), dest, channels, Instant.now());
        int added = Math.max(0, channels.size() - before);
        int removed = Math.max(0, before - channels.size());
        return new RefreshReport(s.name(), channels.size(), added, removed, 0, 0, 0, 0, 0,
                Duration.between(start, Instant.now()), List.of());
    }

    private static EmptySourceException emptySource(Source s, int kept) {
        return new EmptySourceException("source \"" + s.name() + "\" returned no channels; "
                + (kept > 0 ? "the previous " + kept + " are kept" : "nothing was stored"));
    }

    /** The parse error names the user's guide (redacted), not the internal {@code .part} copy it was read from. */
    private static XmltvFormatException namingTheGuide(XmltvFormatException e, String location) {
        String prefix = e.sourceName() + ":" + e.line() + ":" + e.column() + ": ";
        String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return new XmltvFormatException(Redactor.url(location), e.line(), e.column(), problem, e);
    }

    /**
     * History's times are whole seconds, as publish runs record theirs: a refresh and the publish that followed
     * it within one second then tie, and History keeps a tie in the order runs were listed (publishes first),
     * instead of showing the refresh as the newer of the two because its time kept its milliseconds.
     */
    private static Instant historyTime() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
