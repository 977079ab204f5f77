package dev.lineup.output;

/** The layout asked for is not in the database. */
public class NoSuchLayoutException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String layout;

    public NoSuchLayoutException(String layout) {
        super("no layout named \"" + layout + "\" (see: lineup layout list)");
        this.layout = layout;
    }

    public String layout() {
        return layout;
    }
}
