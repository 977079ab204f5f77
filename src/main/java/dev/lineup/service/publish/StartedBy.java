package dev.lineup.service.publish;

/** Who started a publish, as History lists it: the desktop app, a command typed by hand, or a schedule. */
public enum StartedBy {
    DESKTOP("desktop"),
    COMMAND_LINE("command line"),
    SCHEDULE("schedule");

    private final String label;

    StartedBy(String label) {
        this.label = label;
    }

    /** The plain word History shows. */
    public String label() {
        return label;
    }
}
