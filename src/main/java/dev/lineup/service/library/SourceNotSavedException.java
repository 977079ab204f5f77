package dev.lineup.service.library;

/**
 * A source was tested before it was saved and failed the test; nothing was stored. The message is one sentence for
 * the user (what the server said, what to do), without the password.
 */
public final class SourceNotSavedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SourceNotSavedException(String message, Throwable cause) {
        super(message, cause);
    }
}
