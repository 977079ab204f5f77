package dev.lineup.layout;

/** An edit that cannot be applied to the layout as it is (unknown group, name taken, bad regex...). */
public class LayoutEditException extends RuntimeException {
    public LayoutEditException(String message) {
        super(message);
    }

    public LayoutEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
