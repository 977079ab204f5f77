package dev.lineup.ui.mainwindow;

import dev.lineup.service.common.AppInfo;
import dev.lineup.service.settings.InstallationInfo;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The main window's state: which screen shows, who this installation is, where its data and log are. */
public final class MainWindowViewModel {
    private final InstallationInfo installation;
    private final Path dataDir;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.LAYOUTS);
    private final StringProperty title = new SimpleStringProperty();
    /** Opens a file or folder URI on the desktop (the file manager, a text editor); set by the app. */
    private Consumer<String> opener = uri -> { };

    public MainWindowViewModel(InstallationInfo installation, Path dataDir) {
        this.installation = installation;
        this.dataDir = dataDir;
        title.set(titleFor(installation.name()));
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The window's title, "Lineup — Living-room PC": several installations can be told apart in the task bar. */
    public StringProperty titleProperty() {
        return title;
    }

    /** After the installation was renamed in Settings. */
    public void installationRenamed(String name) {
        title.set(titleFor(name));
    }

    /** The status bar's right-hand text, e.g. "Living-room PC · primary". */
    public String installationText() {
        String role;
        try {
            role = dev.lineup.ui.common.Words.of("role.short", dev.lineup.model.Role.parse(installation.role()));
        } catch (IllegalArgumentException e) {
            role = installation.role();
        }
        return installation.name() + " · " + role;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return AppInfo.logFile(dataDir);
    }

    public void setOpener(Consumer<String> opener) {
        this.opener = opener;
    }

    /** Help → Open the data folder. */
    public void openDataFolder() {
        opener.accept(AppInfo.uriOf(dataDir));
    }

    /** Help → Open the log (this run's log of the desktop app). */
    public void openLog() {
        opener.accept(AppInfo.uriOf(logFile()));
    }

    static String titleFor(String installationName) {
        return installationName == null || installationName.isBlank() ? "Lineup" : "Lineup — " + installationName.strip();
    }
}
