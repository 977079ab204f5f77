package dev.lineup.store;

/** A database failure (SQL error, unreadable file). Messages never carry secrets. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
