package dev.lineup.source;

/** The Xtream server answered, and said the user name or password is wrong ({@code auth} 0). */
public final class XtreamLoginRefusedException extends SourceFetchException {
    private static final long serialVersionUID = 1L;

    public XtreamLoginRefusedException(String message) {
        super(message);
    }
}
