package dev.lineup.service.library;

import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.Source;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.task.TaskContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library as the layout editor sees it, read from the database: the playlist sources (m3u and
 * Xtream; guide sources have no channels to place) and their channels under the store's stable
 * {@code sc:ID} keys. Channels of categories switched off are left out; channels the provider no longer
 * lists are included and reported by {@link #removedKeys()}. Every call reads the database: call it
 * off the UI thread.
 */
public final class LibraryService {
    private final LineupStore store;

    public LibraryService(LineupStore store) {
        this.store = store;
    }

    public List<SourceSummary> sources() {
        List<SourceSummary> out = new ArrayList<>();
        for (Source s : store.sources().list()) {
            if (s.kind() == SourceKind.EPG) {
                continue;
            }
            int[] counts = store.channels().counts(s.id());
            int categories = store.sources().categories(s.id()).size();
            List<String> issues = s.lastStatus() == null || "ok".equals(s.lastStatus()) ? List.of()
                    : List.of(s.lastStatus());
            out.add(new SourceSummary(s.name(), s.kind().word(), s.location(), s.lastRefresh() == null ? -1 : counts[0],
                    s.lastRefresh() == null ? -1 : categories, s.lastRefresh(), issues));
        }
        return out;
    }

    /** Reads the channels of {@code source} the editor offers (live channels and films; never series); may take seconds. */
    public SourceCatalog catalog(String source, TaskContext progress) throws IOException {
        Source s = store.sources().find(source).orElseThrow(() -> new UnknownSourceException(source));
        Set<String> off = new HashSet<>();
        for (SourceCategory c : store.sources().categories(s.id())) {
            if (!c.enabled()) {
                off.add(c.name());
            }
        }
        List<SourceChannel> channels = store.channels().channels(s.id(), true);
        List<SourceChannelRef> refs = new ArrayList<>(channels.size());
        int i = 0;
        for (SourceChannel ch : channels) {
            if ((++i & 4095) == 0) {
                progress.checkCancelled();
                progress.update("read", i, channels.size());
            }
            // Series are not offered: a series is a list of episodes, and its /series/ address plays nothing.
            if (!off.contains(SourceCategory.nameOf(ch.group())) && ch.kind() != dev.lineup.model.StreamKind.SERIES) {
                refs.add(new SourceChannelRef(ch.ref(), s.name(), ch.name(), ch.group(), ch.tvgId(), ch.logo()));
            }
        }
        return new SourceCatalog(s.name(), refs);
    }

    /** The film (VOD) categories of {@code source}, by name, for "New layout from a source" to offer; empty when none. */
    public List<String> filmCategories(String source) throws IOException {
        Source s = store.sources().find(source).orElseThrow(() -> new UnknownSourceException(source));
        return store.sources().categories(s.id()).stream()
                .filter(c -> c.kind() == dev.lineup.model.StreamKind.VOD && c.enabled())
                .map(c -> c.name().strip()).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Keys of channels the providers no longer list, kept in layouts as "removed by provider". */
    public Set<String> removedKeys() {
        Set<String> out = new HashSet<>();
        for (Source s : store.sources().list()) {
            if (s.kind() == SourceKind.EPG) {
                continue;
            }
            for (SourceChannel ch : store.channels().channels(s.id(), true)) {
                if (ch.removed()) {
                    out.add(ch.ref());
                }
            }
        }
        return out;
    }

    /** Empty when sources can be added, edited and refreshed; else why not, in words for the user. */
    public Optional<String> editingUnavailableReason() {
        return Optional.empty();
    }
}
