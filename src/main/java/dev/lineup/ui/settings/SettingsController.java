package dev.lineup.ui.settings;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.LiveClock;
import dev.lineup.service.settings.SettingsValues;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Words;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The Settings screen's view. */
public final class SettingsController {
    private final SettingsViewModel vm;
    private final Dialogs dialogs;
    @FXML private TextField installationName;
    @FXML private ChoiceBox<Role> role;
    @FXML private TextField backupKeep;
    @FXML private ListView<Path> backupList;
    @FXML private Button restoreButton;
    @FXML private TextField interval;
    @FXML private CheckBox scheduleInApp;
    @FXML private TextField connectTimeout;
    @FXML private TextField readTimeout;
    @FXML private TextField userAgent;
    @FXML private CheckBox dark;
    @FXML private Label message;
    @FXML private Label intervalRange;
    @FXML private Label connectTimeoutRange;
    @FXML private Label readTimeoutRange;
    @FXML private Label backupKeepRange;

    private final LiveClock clock;

    public SettingsController(SettingsViewModel vm, Dialogs dialogs, LiveClock clock) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        installationName.textProperty().bindBidirectional(vm.nameProperty());
        // Each number says what it accepts before a save refuses it.
        intervalRange.setText(range("settings.range.interval", SettingsValues.Field.INTERVAL));
        connectTimeoutRange.setText(range("settings.range.seconds", SettingsValues.Field.CONNECT_TIMEOUT));
        readTimeoutRange.setText(range("settings.range.seconds", SettingsValues.Field.READ_TIMEOUT));
        backupKeepRange.setText(range("settings.range.backups", SettingsValues.Field.BACKUP_KEEP));
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return Words.of("role", r);
            }

            @Override
            public Role fromString(String s) {
                return Role.parse(s);
            }
        });
        role.valueProperty().bindBidirectional(vm.roleProperty());
        backupKeep.textProperty().bindBidirectional(vm.backupKeepProperty());
        interval.textProperty().bindBidirectional(vm.intervalProperty());
        scheduleInApp.selectedProperty().bindBidirectional(vm.scheduleInAppProperty());
        connectTimeout.textProperty().bindBidirectional(vm.connectTimeoutProperty());
        readTimeout.textProperty().bindBidirectional(vm.readTimeoutProperty());
        userAgent.textProperty().bindBidirectional(vm.userAgentProperty());
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        message.textProperty().bind(vm.messageProperty());
        backupList.setItems(vm.backups());
        backupList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                textProperty().unbind();
                if (empty || p == null) {
                    setText(null);
                } else {
                    // "today 03:17 (2 min ago) — before a source refresh": the age ticks with the app's clock.
                    textProperty().bind(Bindings.createStringBinding(() -> Words.backup(p, clock.now()),
                            clock.nowProperty()));
                }
            }
        });
        restoreButton.disableProperty().bind(backupList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML private void save() { vm.save(); }
    @FXML private void backupNow() { vm.backupNow(); }

    @FXML
    private void restore() {
        Path p = backupList.getSelectionModel().getSelectedItem();
        if (p != null && dialogs.confirm(Texts.get("settings.restore.title"),
                Texts.get("settings.restore.question", Words.backup(p, clock.now())))) {
            vm.restore(p);
        }
    }

    /** The unit after the field and the range once, in words: "[60] minutes, from 5 to 10,080". */
    private static String range(String key, SettingsValues.Field f) {
        long[] b = SettingsValues.bounds(f);
        return Texts.get(key, b[0], b[1]);
    }
}
