package dev.lineup.sync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where every publish problem is recorded (the history view and its counts). The store persists it;
 * publishing code only calls {@link #record}.
 */
public interface ProblemHistory {

    void record(SyncProblem problem);

    /** The newest {@code limit} problems, newest first. */
    List<SyncProblem> recent(int limit);

    /** How many problems of each kind were recorded; stores with an index override this. */
    default Map<ProblemKind, Long> counts() {
        Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
        for (SyncProblem p : recent(Integer.MAX_VALUE)) {
            counts.merge(p.kind(), 1L, Long::sum);
        }
        return counts;
    }

    /** Records nothing: for one-off tools that have no database (e.g. {@code lineup render}). */
    ProblemHistory NONE = new ProblemHistory() {
        @Override
        public void record(SyncProblem problem) {
        }

        @Override
        public List<SyncProblem> recent(int limit) {
            return List.of();
        }
    };
}
