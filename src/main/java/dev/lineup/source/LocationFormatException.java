package dev.lineup.source;

/** A source location the user gave cannot be used at all (bad port, bad escape, unclosed bracket...). */
public final class LocationFormatException extends SourceFetchException {
    private static final long serialVersionUID = 1L;

    public LocationFormatException(String message) {
        super(message);
    }
}
