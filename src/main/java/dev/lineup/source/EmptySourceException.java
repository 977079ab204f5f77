package dev.lineup.source;

/** A refreshed source listed no channel and the user did not confirm an empty source: nothing was replaced. */
public final class EmptySourceException extends SourceFetchException {
    private static final long serialVersionUID = 1L;

    public EmptySourceException(String message) {
        super(message);
    }
}
