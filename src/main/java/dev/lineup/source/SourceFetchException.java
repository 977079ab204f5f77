package dev.lineup.source;

import dev.lineup.model.Redactor;
import java.io.IOException;

/**
 * A source could not be fetched or was refused (HTTP error, bad credentials, unreadable answer).
 * The message is redacted: it never carries a password, a token or a credential-bearing URL.
 */
public class SourceFetchException extends IOException {
    private static final long serialVersionUID = 1L;

    public SourceFetchException(String message) {
        super(Redactor.text(message));
    }

    public SourceFetchException(String message, Throwable cause) {
        super(Redactor.text(message), cause);
    }
}
