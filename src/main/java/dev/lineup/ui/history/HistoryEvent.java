package dev.lineup.ui.history;

import dev.lineup.model.ProblemFix;
import dev.lineup.model.RefreshRun;
import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.recovery.RecoveryViewModel;
import java.time.Instant;

/**
 * One thing the user did or met, as a History row: a publish (or output), a source refresh, a publish problem, or
 * the fix of one (listed with the problems).
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
        return new HistoryEvent(r.at(), Kind.PUBLISH, outcomeInWords(r.outcome()), subject, by + files, null);
    }

    /** A failed run's outcome starts with its problem's code name ("LeaseHeld: …"): shown as its sentence. */
    static String outcomeInWords(String outcome) {
        for (ProblemKind k : ProblemKind.values()) {
            if (outcome != null && outcome.startsWith(k.label() + ": ")) {
                return RecoveryViewModel.title(k) + ": " + outcome.substring(k.label().length() + 2);
            }
        }
        return outcome;
    }

    static HistoryEvent of(RefreshRun r) {
        String what = r.ok() ? Texts.get("history.refresh.ok") : r.outcome();
        String details = r.ok() ? r.outcome() + (r.skipped().isEmpty() ? ""
                : " · " + Texts.get("history.refresh.skipped", String.join("; ", r.skipped()))) : "";
        return new HistoryEvent(r.at(), Kind.REFRESH, what, r.source(), details, null);
    }

    /** "Fixed: Another computer is publishing", the target, and how ("the recovery wizard: took over the lock…"). */
    static HistoryEvent of(ProblemFix f) {
        String what = f.kinds().stream().map(HistoryEvent::titleOf).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return new HistoryEvent(f.at(), Kind.PROBLEM, Texts.get("history.fixed", what), f.target(),
                Texts.get("history.fixed.how", f.how()), null);
    }

    private static String titleOf(String label) {
        for (ProblemKind k : ProblemKind.values()) {
            if (k.label().equals(label)) {
                return RecoveryViewModel.title(k);
            }
        }
        return label;
    }

    static HistoryEvent of(SyncProblem p) {
        return new HistoryEvent(p.at(), Kind.PROBLEM, RecoveryViewModel.title(p.kind()),
                p.target() == null ? "" : p.target(), p.summary(), p);
    }
}
