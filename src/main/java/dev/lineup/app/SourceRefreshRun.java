package dev.lineup.app;

import dev.lineup.layout.RuleReport;
import dev.lineup.layout.StoredRules;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.source.Cancellation;
import dev.lineup.source.RefreshProgress;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
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

    /** The refresh report and, per layout with rules, what the rules did with the new channels. */
    public record Result(RefreshReport report, Map<String, RuleReport> rules) {
        public Result {
            rules = Map.copyOf(rules);
        }
    }

    public static Result refresh(LineupStore store, SourceRefresher refresher, Source source, RefreshProgress progress,
                                 Cancellation cancel) throws IOException {
        boolean rules = source.kind() != SourceKind.EPG && StoredRules.anyRules(store);
        Set<Long> before = rules ? StoredRules.channelIds(store, source.id()) : Set.of();
        RefreshReport report = refresher.refresh(source, progress, cancel);
        if (!rules || report.added() == 0) {
            return new Result(report, Map.of());
        }
        List<dev.lineup.layout.SourceChannelRef> added = StoredRules.added(store, store.sources().get(source.id()), before);
        return new Result(report, StoredRules.applyToAll(store, added, false));
    }
}
