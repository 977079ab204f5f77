package dev.lineup.app;

import dev.lineup.layout.SourceChannelRef;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uIssue;
import dev.lineup.m3u.M3uReader;
import dev.lineup.model.ChannelKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A library of M3U playlists read in-process with {@link M3uReader}: the bundled sample and any local
 * files the app was started with. Read on first use and kept in memory. It cannot add or refresh
 * sources; the library database does that, and {@link #editingUnavailableReason()} says so.
 */
public final class PlaylistLibrary implements LibraryService {
    public static final String SAMPLE_RESOURCE = "/assets/sample/sample-playlist.m3u";
    private static final Logger LOG = LoggerFactory.getLogger(PlaylistLibrary.class);

    /** Where a playlist's bytes come from. */
    @FunctionalInterface
    public interface Opener {
        M3uReader open() throws IOException;
    }

    private record Entry(String name, String kind, String location, Opener opener) {
    }

    private record Loaded(SourceCatalog catalog, SourceSummary summary) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Loaded> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    public PlaylistLibrary addFile(String name, Path file) {
        entries.put(name, new Entry(name, "M3U file", file.toString(), () -> M3uReader.open(file)));
        return this;
    }

    public PlaylistLibrary addSample() {
        entries.put("Sample", new Entry("Sample", "Bundled sample", "lineup.jar!" + SAMPLE_RESOURCE, () -> {
            InputStream in = PlaylistLibrary.class.getResourceAsStream(SAMPLE_RESOURCE);
            if (in == null) {
                throw new IOException("the bundled sample playlist " + SAMPLE_RESOURCE + " is missing from the jar");
            }
            return new M3uReader(new InputStreamReader(in, StandardCharsets.UTF_8), "sample-playlist.m3u");
        }));
        return this;
    }

    @Override
    public List<SourceSummary> sources() {
        List<SourceSummary> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            Loaded l = loaded.get(e.name());
            out.add(l != null ? l.summary() : new SourceSummary(e.name(), e.kind(), e.location(), -1, -1, null, List.of()));
        }
        return out;
    }

    @Override
    public SourceCatalog catalog(String source, TaskProgress progress) throws IOException {
        Loaded l = loaded.get(source);
        if (l != null) {
            return l.catalog();
        }
        Entry e = entries.get(source);
        if (e == null) {
            throw new UnknownSourceException(source);
        }
        l = read(e, progress);
        loaded.put(source, l);
        return l.catalog();
    }

    @Override
    public Set<String> removedKeys() {
        return Set.of();
    }

    @Override
    public Optional<String> editingUnavailableReason() {
        return Optional.of("Adding, editing and refreshing sources needs the library database, which this build "
                + "does not include yet. The sources below are read-only playlists.");
    }

    private static Loaded read(Entry e, TaskProgress progress) throws IOException {
        List<SourceChannelRef> refs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> categories = new HashSet<>();
        List<String> issues = new ArrayList<>();
        try (M3uReader r = e.opener().open()) {
            M3uEntry m;
            while ((m = r.next()) != null) {
                String group = m.groupTitle() != null ? m.groupTitle() : m.group();
                List<String> ks = ChannelKey.keys(null, m.tvgId(), group, m.name(), m.url());
                // The strongest key identifies the channel; an exact repeat of it is the same channel listed twice.
                if (!ks.isEmpty() && keys.add(ks.get(0))) {
                    refs.add(new SourceChannelRef(ks.get(0), e.name(), m.name(), group, m.tvgId(), m.tvgLogo()));
                    categories.add(group == null ? SourceCatalog.NO_CATEGORY : group);
                }
                if ((refs.size() & 1023) == 0) {
                    progress.checkCancelled();
                    progress.progress(refs.size(), -1);
                }
            }
            for (M3uIssue i : r.issues()) {
                issues.add(i.toString());
            }
        }
        LOG.info("read source '{}': {} channels, {} skipped entries", e.name(), refs.size(), issues.size());
        SourceCatalog catalog = new SourceCatalog(e.name(), refs);
        return new Loaded(catalog, new SourceSummary(e.name(), e.kind(), e.location(), refs.size(), categories.size(),
                Instant.now(), issues));
    }
}
