package dev.lineup.service.library;

import dev.lineup.model.RefreshReport;
import java.util.List;

/** One refresh as the Sources screen reports it: the counts, and the names behind "view added" / "view removed". */
public record RefreshOutcome(RefreshReport report, List<String> added, List<String> removed) {
    public RefreshOutcome {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
