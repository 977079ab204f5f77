package dev.lineup.service.publish;

import dev.lineup.sync.ProblemHistory;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import java.util.List;
import java.util.Map;

/**
 * The problem history as one configured target's code sees it: whatever {@code sync} met there (which
 * only knows the target by its description) is recorded under the target's name, so the store keeps
 * the target's id with it and the recovery screen finds the target by that id, not by matching text.
 */
final class TargetProblems implements ProblemHistory {
    private final ProblemHistory history;
    private final String targetName;

    TargetProblems(ProblemHistory history, String targetName) {
        this.history = history;
        this.targetName = targetName;
    }

    @Override
    public void record(SyncProblem problem) {
        history.record(problem.withTarget(targetName));
    }

    @Override
    public List<SyncProblem> recent(int limit) {
        return history.recent(limit);
    }

    @Override
    public Map<ProblemKind, Long> counts() {
        return history.counts();
    }
}
