package dev.lineup.ui.history;

import dev.lineup.model.RefreshRun;
import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.SyncProblem;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.recovery.RecoveryViewModel;
import java.time.Instant;

/**
 * One thing the user did or met, as a History row: a publish (or output), a source refresh, or a publish problem.
 * {@code problem} is set for problems only, so a double-click can open the recovery wizard.
 */
public record HistoryEvent(Instant at, Kind kind, String what, String subject, String details, SyncProblem problem) {
    /** The kinds, which are also the History screen's filters (besides "All"). */
    public enum Kind {
        PUBLISH, REFRESH, PROBLEM;

        /** "Publish", "Refresh", "Problem" from the string catalogue. */
        public String word() {
            return Texts.get("history.kind." + name());
        }
    }

    static HistoryEvent of(PublishRecord r) {
        String subject = r.target() == null || r.target().isBlank() ? r.layout()
                : Texts.get("history.publish.subject", r.layout(), r.target());
        String by = r.startedBy() == null ? "" : Texts.get("history.startedBy", r.startedBy());
        String files = r.fileNames().isEmpty() ? "" : " · " + r.fileNames();
        return new HistoryEvent(r.at(), Kind.PUBLISH, r.outcome(), subject, by + files, null);
    }

    static HistoryEvent of(RefreshRun r) {
        String what = r.ok() ? Texts.get("history.refresh.ok") : r.outcome();
        String details = r.ok() ? r.outcome() + (r.skipped().isEmpty() ? ""
                : " · " + Texts.get("history.refresh.skipped", String.join("; ", r.skipped()))) : "";
        return new HistoryEvent(r.at(), Kind.REFRESH, what, r.source(), details, null);
    }

    static HistoryEvent of(SyncProblem p) {
        return new HistoryEvent(p.at(), Kind.PROBLEM, RecoveryViewModel.title(p.kind()),
                p.target() == null ? "" : p.target(), p.summary(), p);
    }
}
