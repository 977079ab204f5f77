package dev.lineup.ui.mainwindow;

import dev.lineup.app.InstallationInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The main window's state: which screen shows, and who this installation is. */
public final class MainWindowViewModel {
    private final InstallationInfo installation;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LAYOUTS);

    public MainWindowViewModel(InstallationInfo installation) {
        this.installation = installation;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The status bar's right-hand text, e.g. "Living-room PC · primary". */
    public String installationText() {
        return installation.name() + " · " + installation.role();
    }
}
