package dev.lineup.ui.mainwindow;

/** The main window's screens, in navigation order. */
public enum Screen {
    SOURCES("Sources"), LAYOUTS("Layouts"), TOOLS("Tools"), PUBLISH("Publish"), HISTORY("History"),
    SETTINGS("Settings");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
