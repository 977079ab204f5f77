package dev.lineup.service.settings;

import dev.lineup.model.Installation;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Settings screen's service: installation name and role, backups, the refresh schedule, network
 * and theme, all kept in the database's settings. Call off the UI thread.
 */
public final class SettingsService {
    /** "dark" or "light". */
    public static final String THEME = "ui.theme";
    /** "on" (default) or "off": refresh and output on the schedule while the desktop app runs. */
    public static final String SCHEDULE_IN_APP = "ui.schedule-in-app";
    /** The main window's size, position and maximized state per screen (see the UI's WindowPlacement). */
    public static final String WINDOW_PLACEMENT = "ui.window-placement";
    /** The layout editor's chosen table columns and pane sizes (see the UI's EditorViewMemory). */
    public static final String EDITOR_VIEW = "ui.editor-view";
    private final LineupStore store;
    private final List<Consumer<SettingsValues>> listeners = new CopyOnWriteArrayList<>();

    public SettingsService(LineupStore store) {
        this.store = store;
    }

    /** Called (on the saving thread) after settings were saved. */
    public void onSaved(Consumer<SettingsValues> c) {
        listeners.add(c);
    }

    public SettingsValues load() {
        Settings s = store.settings();
        Installation inst = installation();
        return new SettingsValues(inst.name(), inst.role(), s.getInt(Settings.BACKUP_KEEP),
                s.getInt(Settings.SCHEDULE_INTERVAL), !"off".equals(s.get(SCHEDULE_IN_APP).orElse("on")),
                s.getInt(Settings.HTTP_CONNECT_TIMEOUT), s.getInt(Settings.HTTP_READ_TIMEOUT),
                s.get(Settings.HTTP_USER_AGENT).orElse(""), "dark".equals(s.get(THEME).orElse("light")));
    }

    public SettingsValues save(SettingsValues v) {
        String problem = v.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Installation inst = installation();
        if (!inst.name().equals(v.installationName().strip()) || inst.role() != v.role()) {
            store.installation().init(v.installationName().strip(), v.role());
        }
        Settings s = store.settings();
        s.set(Settings.BACKUP_KEEP, Integer.toString(v.backupKeep()));
        s.set(Settings.SCHEDULE_INTERVAL, Integer.toString(v.intervalMinutes()));
        s.set(SCHEDULE_IN_APP, v.scheduleInApp() ? "on" : "off");
        s.set(Settings.HTTP_CONNECT_TIMEOUT, Integer.toString(v.connectTimeout()));
        s.set(Settings.HTTP_READ_TIMEOUT, Integer.toString(v.readTimeout()));
        s.set(Settings.HTTP_USER_AGENT, v.userAgent().strip());
        s.set(THEME, v.dark() ? "dark" : "light");
        SettingsValues saved = load();
        listeners.forEach(l -> l.accept(saved));
        return saved;
    }

    /** Saves only the theme (the View menu's toggle). */
    public void saveTheme(boolean dark) {
        store.settings().set(THEME, dark ? "dark" : "light");
    }

    /** The remembered window placements; empty before the window was first closed. */
    public String windowPlacement() {
        return store.settings().get(WINDOW_PLACEMENT).orElse("");
    }

    public void saveWindowPlacement(String placement) {
        store.settings().set(WINDOW_PLACEMENT, placement);
    }

    /** The remembered layout editor view; empty until the user changed columns or pane sizes. */
    public String editorView() {
        return store.settings().get(EDITOR_VIEW).orElse("");
    }

    public void saveEditorView(String view) {
        store.settings().set(EDITOR_VIEW, view);
    }

    public Installation installation() {
        return store.installation().get().orElseThrow(() -> new IllegalStateException("this installation was not set up"));
    }

    /** Backups that can be restored (whole Lineup databases of a known schema), newest first. */
    public List<Path> backups() {
        return store.backups().usable();
    }

    public Path backupNow() {
        return store.backups().create("manual");
    }

    /** Replaces the database with {@code backup} (the current state is backed up first). */
    public void restore(Path backup) {
        store.backups().restore(backup);
    }
}
