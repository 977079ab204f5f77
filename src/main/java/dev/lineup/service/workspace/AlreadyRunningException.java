package dev.lineup.service.workspace;

/** Another Lineup process owns the data directory. */
public class AlreadyRunningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlreadyRunningException(String message) {
        super(message);
    }
}
