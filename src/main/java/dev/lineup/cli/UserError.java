package dev.lineup.cli;

/** Bad usage or bad input found by a command itself: exit code 1 with this message. */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
