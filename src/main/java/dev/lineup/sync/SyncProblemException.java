package dev.lineup.sync;

/**
 * A {@link SyncException} that already carries its user-facing {@link SyncProblem}. Its message is the
 * problem's CLI line, so anything that prints the exception prints {@code KIND: facts}.
 */
public class SyncProblemException extends SyncException {
    private static final long serialVersionUID = 1L;

    private final transient SyncProblem problem;

    public SyncProblemException(SyncProblem problem, Throwable cause) {
        super(problem.kind(), problem.cliLine(), problem.facts(), null, cause);
        this.problem = problem;
    }

    public SyncProblem problem() {
        return problem;
    }
}
