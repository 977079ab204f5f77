package dev.lineup.ui.settings;

import dev.lineup.ui.common.Texts;
import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.service.settings.SettingsService;
import dev.lineup.service.settings.SettingsValues;
import dev.lineup.task.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings screen: installation name and role, backups (keep N, back up now, restore), the in-app
 * refresh schedule, network timeouts and user agent, and the theme. {@code dark} is the app's theme
 * property itself, so the View menu's toggle and this screen agree; every change of it is saved.
 */
public final class SettingsViewModel {
    private final SettingsService service;
    private final TaskExecutor tasks;
    private final Consumer<SettingsValues> onSaved;
    private final Runnable onRestored;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.PRIMARY);
    private final StringProperty backupKeep = new SimpleStringProperty("");
    private final StringProperty interval = new SimpleStringProperty("");
    private final BooleanProperty scheduleInApp = new SimpleBooleanProperty(true);
    private final StringProperty connectTimeout = new SimpleStringProperty("");
    private final StringProperty readTimeout = new SimpleStringProperty("");
    private final StringProperty userAgent = new SimpleStringProperty("");
    private final BooleanProperty dark;
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Path> backups = FXCollections.observableArrayList();
    private boolean loading;

    public SettingsViewModel(SettingsService service, TaskExecutor tasks, BooleanProperty dark, Consumer<SettingsValues> onSaved,
                             Runnable onRestored) {
        this.service = service;
        this.tasks = tasks;
        this.dark = dark;
        this.onSaved = onSaved;
        this.onRestored = onRestored;
        dark.addListener((o, a, b) -> {
            if (!loading) {
                tasks.run(Texts.get("settings.task.theme"), ctx -> {
                    service.saveTheme(b);
                    return b;
                }).start();
            }
        });
    }

    /** Reads the settings and the backup list (and applies the saved theme). */
    public void load() {
        tasks.run(Texts.get("settings.task.read"), ctx -> service.load()).onSuccess(this::show).start();
        tasks.run(Texts.get("settings.task.backups"), ctx -> service.backups()).onSuccess(backups::setAll).start();
    }

    private void show(SettingsValues v) {
        loading = true;
        try {
            name.set(v.installationName());
            role.set(v.role());
            backupKeep.set(Integer.toString(v.backupKeep()));
            interval.set(Integer.toString(v.intervalMinutes()));
            scheduleInApp.set(v.scheduleInApp());
            connectTimeout.set(Integer.toString(v.connectTimeout()));
            readTimeout.set(Integer.toString(v.readTimeout()));
            userAgent.set(v.userAgent());
            dark.set(v.dark());
        } finally {
            loading = false;
        }
    }

    public void save() {
        SettingsValues v;
        try {
            v = new SettingsValues(name.get(), role.get(), number(backupKeep, Texts.get("settings.what.backupKeep")),
                    number(interval, Texts.get("settings.what.interval")), scheduleInApp.get(),
                    number(connectTimeout, Texts.get("settings.what.connectTimeout")),
                    number(readTimeout, Texts.get("settings.what.readTimeout")), userAgent.get(), dark.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        String problem = v.problem();
        if (problem != null) {
            message.set(problem);
            return;
        }
        tasks.run(Texts.get("settings.task.save"), ctx -> service.save(v)).onSuccess(saved -> {
            show(saved);
            message.set(Texts.get("settings.saved"));
            onSaved.accept(saved);
        }).start();
    }

    public void backupNow() {
        tasks.run(Texts.get("settings.task.backup"), ctx -> {
            Path p = service.backupNow();
            return service.backups();
        }).onSuccess(list -> {
            backups.setAll(list);
            message.set(Texts.get("settings.backedUp", list.isEmpty() ? "" : dev.lineup.ui.common.Words.backup(list.get(0),
                    java.time.Instant.now())));
        }).start();
    }

    /** Replaces the database with {@code backup}; the current state is backed up first. */
    public void restore(Path backup) {
        tasks.run(Texts.get("settings.task.restore"), ctx -> {
            service.restore(backup);
            return service.backups();
        }).onSuccess(list -> {
            backups.setAll(list);
            message.set(Texts.get("settings.restored", dev.lineup.ui.common.Words.backup(backup,
                    java.time.Instant.now())));
            load();
            onRestored.run();
        }).start();
    }

    private static int number(StringProperty p, String what) {
        try {
            return Integer.parseInt(p.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("settings.notANumber", what, p.get()));
        }
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty backupKeepProperty() { return backupKeep; }
    public StringProperty intervalProperty() { return interval; }
    public BooleanProperty scheduleInAppProperty() { return scheduleInApp; }
    public StringProperty connectTimeoutProperty() { return connectTimeout; }
    public StringProperty readTimeoutProperty() { return readTimeout; }
    public StringProperty userAgentProperty() { return userAgent; }
    public BooleanProperty darkProperty() { return dark; }
    public StringProperty messageProperty() { return message; }
    public ObservableList<Path> backups() { return backups; }
}
