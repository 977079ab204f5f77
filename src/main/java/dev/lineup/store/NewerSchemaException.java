package dev.lineup.store;

/** The database was written by a newer Lineup: this version must not open (or downgrade) it. */
public final class NewerSchemaException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NewerSchemaException(String message) {
        super(message);
    }
}
