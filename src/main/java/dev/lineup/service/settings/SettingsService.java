package dev.lineup.service.settings;

import dev.lineup.model.Installation;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import dev.lineup.store.StoreException;
import dev.lineup.service.common.Durations;
import dev.lineup.service.layouts.StoredEpgMatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The installation's name; empty before {@code lineup init} (or the first start) named it. */
    public Optional<String> installationName() {
        return store.installation().get().map(Installation::name);
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

    /**
     * Replaces the database with {@code backup}; returns where the state before it was backed up. A file that
     * is no usable backup is an {@link IllegalArgumentException} saying why (nothing changed).
     */
    public Path restore(Path backup) {
        try {
            return store.backups().restore(backup);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** A setting's value by key ({@code lineup config get}): the stored one, else its default. */
    public Optional<String> value(String key) {
        return store.settings().get(key);
    }

    /** Every setting with its effective value, by key. */
    public Map<String, String> all() {
        return store.settings().all();
    }

    /** The refresh schedule's interval in minutes. */
    public int scheduleIntervalMinutes() {
        return store.settings().getInt(Settings.SCHEDULE_INTERVAL);
    }

    /** The target scheduled runs publish to, if one was chosen. */
    public Optional<String> schedulePublishTarget() {
        return store.settings().get(Settings.SCHEDULE_PUBLISH_TARGET);
    }

    /**
     * Sets one setting by key ({@code lineup config set}) and returns the value as stored. An unknown key
     * (a typo like {@code lease.ttl-second} would otherwise be stored and silently change nothing) or a
     * value the setting cannot take is an {@link IllegalArgumentException} saying what is expected.
     */
    public String set(String key, String value) {
        if (!known(key)) {
            throw new IllegalArgumentException("unknown setting \"" + key + "\"; known: " + String.join(", ", knownKeys())
                    + ", layout.NAME.*, " + StoredEpgMatch.SOURCES + ".LAYOUT[/GROUP], " + StoredEpgMatch.COUNTRY + "SOURCE");
        }
        if (key.equals(Settings.SCHEDULE_BUSY_WAIT) || key.equals(Settings.RATE_LIMIT_WAIT)) {
            try {
                Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }
        store.settings().set(key, value);
        return store.settings().get(key).orElse(value);
    }

    /** Keys with a default, the optional ones the app reads, and the per-layout ones ({@code layout.NAME.*}). */
    static boolean known(String key) {
        return knownKeys().contains(key) || (key.startsWith("layout.") && key.lastIndexOf('.') > "layout.".length())
                || key.startsWith(StoredEpgMatch.SOURCES + ".") && key.length() > StoredEpgMatch.SOURCES.length() + 1
                || key.startsWith(StoredEpgMatch.COUNTRY) && key.length() > StoredEpgMatch.COUNTRY.length();
    }

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(Settings.DEFAULTS.keySet());
        keys.addAll(List.of(Settings.SCHEDULE_PUBLISH_TARGET, THEME, SCHEDULE_IN_APP,
                StoredEpgMatch.SOURCES, StoredEpgMatch.IGNORE_WORDS));
        Collections.sort(keys);
        return keys;
    }
}
