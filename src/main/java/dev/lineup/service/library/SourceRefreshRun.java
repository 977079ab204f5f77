package dev.lineup.service.library;

import dev.lineup.layout.RuleReport;
import dev.lineup.service.layouts.StoredRules;
import dev.lineup.service.layouts.StoredEpgMatch;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One source refresh as the user gets it: the refresh itself, then every layout's rules run over the
 * channels it added (see {@link StoredRules}). What {@code lineup source refresh}, scheduled runs and
 * the desktop app call.
 */
public final class SourceRefreshRun {
    private SourceRefreshRun() {
    }

    /**
     * The refresh report, per layout with rules what the rules did with the new channels, and per layout
     * that asks for it ({@code layout.NAME.auto-match-guides}) what guide matching did with those it placed.
     */
    public record Result(RefreshReport report, Map<String, RuleReport> rules, Map<String, String> guides) {
        public Result {
            rules = Map.copyOf(rules);
            guides = Map.copyOf(guides);
        }
    }

    public static Result refresh(LineupStore store, SourceRefresher refresher, Source source, Progress progress,
                                 Cancellation cancel) throws IOException {
        boolean rules = source.kind() != SourceKind.EPG && StoredRules.anyRules(store);
        Set<Long> before = rules ? StoredRules.channelIds(store, source.id()) : Set.of();
        RefreshReport report = refresher.refresh(source, progress, cancel);
        if (!rules || report.added() == 0) {
            return new Result(report, Map.of(), Map.of());
        }
        List<dev.lineup.layout.SourceChannelRef> added = StoredRules.added(store, store.sources().get(source.id()), before);
        Map<String, RuleReport> placed = StoredRules.applyToAll(store, added, false);
        return new Result(report, placed, matchGuides(store, placed.keySet(), added));
    }

    /** Maps the new channels of each layout that asks for it to guides, above the threshold only; one line each. */
    private static Map<String, String> matchGuides(LineupStore store, Set<String> layouts,
                                                   List<dev.lineup.layout.SourceChannelRef> added) {
        Set<String> keys = new java.util.HashSet<>();
        added.forEach(a -> keys.add(a.sourceKey()));
        Map<String, String> out = new java.util.TreeMap<>();
        for (String layout : layouts) {
            if (!StoredEpgMatch.autoMatchOnRefresh(store, layout)) {
                continue;
            }
            StoredEpgMatch.Outcome o = StoredEpgMatch.run(store, layout, true, keys);
            int considered = o.result().matches().size();
            out.put(layout, String.format(java.util.Locale.ROOT,
                    "%d of %d new channels mapped to a guide automatically (confidence %.2f or more), %d left to map by hand",
                    o.applied(), considered, o.result().autoApplyThreshold(), considered - o.applied()));
        }
        return out;
    }
}
