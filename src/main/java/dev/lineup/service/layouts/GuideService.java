package dev.lineup.service.layouts;

import dev.lineup.layout.epg.ChannelMatch;
import dev.lineup.layout.epg.EpgMatcher;
import dev.lineup.layout.epg.GuideCandidate;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.layout.epg.MatchChannel;
import dev.lineup.layout.epg.MatchOptions;
import dev.lineup.model.ChannelKey;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.xmltv.GuideProgramme;
import dev.lineup.xmltv.XmltvProgrammes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guide mapping panel's service: every guide source's channels (searchable), ranked suggestions
 * for one layout channel from {@link EpgMatcher}, and what is on a guide channel now and next by the
 * injected clock. The channel list and the matcher are built once and rebuilt after a source changes.
 * Call off the UI thread.
 */
public final class GuideService {
    private final LineupStore store;
    private final Clock clock;
    private volatile Index index;

    private record Index(List<GuideEntry> entries, List<String> folded, EpgMatcher matcher) {
    }

    public GuideService(LineupStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Forgets the cached guide channels (a guide source was added, refreshed or removed). */
    public void invalidate() {
        index = null;
    }

    /** Guide channels whose id or display names contain every word of {@code query}; all when blank. */
    public List<GuideEntry> search(String query, int limit) {
        Index ix = index();
        String[] words = fold(query == null ? "" : query).split("\\s+");
        List<GuideEntry> out = new ArrayList<>();
        for (int i = 0; i < ix.entries().size() && out.size() < limit; i++) {
            String text = ix.folded().get(i);
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !text.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(ix.entries().get(i));
            }
        }
        return out;
    }

    /** Ranked proposals for a channel called {@code name} (best first), whether or not it is mapped already. */
    public List<GuideProposal> suggestions(String name, String tvgId, String group) {
        Index ix = index();
        if (ix.entries().isEmpty() || name == null || name.isBlank()) {
            return List.of();
        }
        MatchOptions opts = MatchOptions.defaults().withIncludeMapped(true).withControls("", StoredEpgMatch.controls(store));
        List<ChannelMatch> m = ix.matcher().match(List.of(new MatchChannel("0", name, tvgId, group)), opts).matches();
        return m.isEmpty() ? List.of() : m.get(0).candidates();
    }

    /** What is on {@code guideId} now and next (the first guide source listing it); empty if nothing. */
    public List<GuideProgramme> nowAndNext(String guideId) throws IOException {
        Optional<Path> file = fileOf(guideId);
        return file.isEmpty() ? List.of() : XmltvProgrammes.nowAndNext(file.get(), guideId, clock.instant());
    }

    public Clock clock() {
        return clock;
    }

    private Optional<Path> fileOf(String guideId) {
        if (guideId == null || guideId.isBlank()) {
            return Optional.empty();
        }
        for (Source s : store.sources().list()) {
            if (s.kind() == SourceKind.EPG
                    && store.sources().guideChannels(s.id()).stream().anyMatch(g -> g.channelId().equals(guideId))) {
                return store.sources().guideFile(s.id());
            }
        }
        return Optional.empty();
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            List<GuideEntry> entries = new ArrayList<>();
            List<String> folded = new ArrayList<>();
            for (Source s : store.sources().list()) {
                if (s.kind() != SourceKind.EPG) {
                    continue;
                }
                for (GuideSourceChannel g : store.sources().guideChannels(s.id())) {
                    entries.add(new GuideEntry(s.name(), g.channelId(), g.displayNames()));
                    folded.add(fold(g.channelId() + " " + String.join(" ", g.displayNames())));
                }
            }
            List<GuideCandidate> candidates = StoredEpgMatch.candidates(store);
            ix = new Index(List.copyOf(entries), folded, new EpgMatcher(candidates));
            index = ix;
        }
        return ix;
    }

    private static String fold(String s) {
        return ChannelKey.normalizeName(s).toLowerCase(Locale.ROOT);
    }
}
