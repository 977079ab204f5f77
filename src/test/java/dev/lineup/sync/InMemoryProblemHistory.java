package dev.lineup.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test-only history; the store's persistent one is tested in the store package. */
public final class InMemoryProblemHistory implements ProblemHistory {
    private final List<SyncProblem> problems = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void record(SyncProblem problem) {
        problems.add(problem);
    }

    @Override
    public List<SyncProblem> recent(int limit) {
        synchronized (problems) {
            List<SyncProblem> copy = new ArrayList<>(problems);
            Collections.reverse(copy);
            return List.copyOf(copy.subList(0, Math.min(limit, copy.size())));
        }
    }
}
