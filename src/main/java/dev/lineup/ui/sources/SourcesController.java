package dev.lineup.ui.sources;

import dev.lineup.service.library.RefreshOutcome;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.model.SourceKind;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Theme;
import dev.lineup.ui.common.LiveClock;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Words;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.stage.Window;

/** The Sources screen's view: binds the table, the categories and the details to {@link SourcesViewModel}. */
public final class SourcesController {
    private final SourcesViewModel vm;
    private final LiveClock clock;
    private final Dialogs dialogs;
    private final Theme theme;
    @FXML private TableView<SourceInfo> sourceTable;
    @FXML private TableColumn<SourceInfo, String> nameColumn;
    @FXML private TableColumn<SourceInfo, String> kindColumn;
    @FXML private TableColumn<SourceInfo, String> channelsColumn;
    @FXML private TableColumn<SourceInfo, String> removedColumn;
    @FXML private TableColumn<SourceInfo, String> categoriesColumn;
    @FXML private TableColumn<SourceInfo, String> refreshedColumn;
    @FXML private TableColumn<SourceInfo, String> statusColumn;
    @FXML private TableColumn<SourceInfo, String> locationColumn;
    @FXML private TableView<SourcesViewModel.CategoryRow> categoryTable;
    @FXML private TableColumn<SourcesViewModel.CategoryRow, Boolean> enabledColumn;
    @FXML private TableColumn<SourcesViewModel.CategoryRow, String> categoryColumn;
    @FXML private TableColumn<SourcesViewModel.CategoryRow, String> categoryKindColumn;
    @FXML private Label account;
    @FXML private CheckBox ignoreVod;
    @FXML private CheckBox ignoreSeries;
    @FXML private Label report;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private Button refreshButton;
    @FXML private Button viewAdded;
    @FXML private Button viewRemoved;

    public SourcesController(SourcesViewModel vm, Dialogs dialogs, Theme theme, LiveClock clock) {
        this.vm = vm;
        this.clock = clock;
        this.dialogs = dialogs;
        this.theme = theme;
    }

    @FXML
    private void initialize() {
        sourceTable.setItems(vm.sources());
        sourceTable.setPlaceholder(new Label(Texts.get("sources.empty")));
        categoryTable.setPlaceholder(new Label(Texts.get("sources.categories.empty")));
        nameColumn.setCellValueFactory(c -> text(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> text(Words.of("kind", c.getValue().kind())));
        channelsColumn.setCellValueFactory(c -> text(c.getValue().lastRefresh() == null ? Texts.get("sources.none")
                : String.format("%,d", c.getValue().channels())));
        removedColumn.setCellValueFactory(c -> text(c.getValue().removed() == 0 ? "" : String.format("%,d", c.getValue().removed())));
        // A guide has channels but no categories: blank, not a "0" that reads as something missing.
        categoriesColumn.setCellValueFactory(c -> text(c.getValue().kind() == SourceKind.EPG ? ""
                : Integer.toString(c.getValue().categories())));
        // The ages ("3 min ago") follow the app's one ticking clock.
        refreshedColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> c.getValue().lastRefresh() == null ? Texts.get("sources.never")
                        : LocalTimes.dayWithAge(c.getValue().lastRefresh(), clock.now()), clock.nowProperty()));
        statusColumn.setCellValueFactory(c -> text(status(c.getValue())));
        locationColumn.setCellValueFactory(c -> text(c.getValue().location()));
        sourceTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && b != sourceTable.getSelectionModel().getSelectedItem()) {
                sourceTable.getSelectionModel().select(b);
            }
            ignoreVod.setSelected(b != null && b.ignoreVod());
            ignoreSeries.setSelected(b != null && b.ignoreSeries());
            boolean playlist = b != null && b.kind() != SourceKind.EPG;
            ignoreVod.setDisable(!playlist);
            ignoreSeries.setDisable(!playlist);
        });
        ignoreVod.setOnAction(e -> vm.setIgnored(ignoreVod.isSelected(), ignoreSeries.isSelected()));
        ignoreSeries.setOnAction(e -> vm.setIgnored(ignoreVod.isSelected(), ignoreSeries.isSelected()));
        for (Button b : new Button[] {editButton, removeButton, refreshButton}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        categoryTable.setItems(vm.categories());
        enabledColumn.setCellValueFactory(c -> c.getValue().enabledProperty());
        enabledColumn.setCellFactory(CheckBoxTableCell.forTableColumn(enabledColumn));
        enabledColumn.setEditable(true);
        categoryColumn.setCellValueFactory(c -> text(c.getValue().category().name()));
        categoryKindColumn.setCellValueFactory(c -> text(Words.of("kind", c.getValue().category().kind())));
        account.textProperty().bind(vm.accountProperty());
        report.textProperty().bind(vm.reportProperty());
        viewAdded.disableProperty().bind(vm.lastOutcomeProperty().isNull());
        viewRemoved.disableProperty().bind(vm.lastOutcomeProperty().isNull());
    }

    @FXML private void addPlaylist() { add(SourceKind.M3U); }
    @FXML private void addXtream() { add(SourceKind.XTREAM); }
    @FXML private void addGuide() { add(SourceKind.EPG); }

    private void add(SourceKind kind) {
        SourceDialog.ask(window(), theme, kind, null, vm::add);
    }

    @FXML
    private void edit() {
        SourceInfo s = vm.selectedProperty().get();
        if (s != null) {
            SourceDialog.ask(window(), theme, s.kind(), s, (f, done) -> vm.update(s.name(), f, done));
        }
    }

    @FXML
    private void remove() {
        SourceInfo s = vm.selectedProperty().get();
        if (s != null && dialogs.confirm(Texts.get("sources.remove.title"),
                Texts.get("sources.remove.question", s.name()))) {
            vm.remove(s.name());
        }
    }

    @FXML
    private void refresh() {
        SourceInfo s = vm.selectedProperty().get();
        if (s != null) {
            vm.refresh(s.name());
        }
    }

    @FXML private void refreshAll() { vm.refreshAll(); }

    @FXML
    private void viewAdded() {
        RefreshOutcome o = vm.lastOutcomeProperty().get();
        if (o != null) {
            ChangeList.show(window(), theme, Texts.get("sources.added.title"), o.added());
        }
    }

    @FXML
    private void viewRemoved() {
        RefreshOutcome o = vm.lastOutcomeProperty().get();
        if (o != null) {
            ChangeList.show(window(), theme, Texts.get("sources.removed.title"), o.removed());
        }
    }

    private Window window() {
        return sourceTable.getScene().getWindow();
    }

    /** "Up to date", or what went wrong at the last refresh; the engine's "ok" is a code, not a word. */
    static String status(SourceInfo s) {
        if (s.lastStatus() == null) {
            return "";
        }
        return s.failed() ? Texts.get("sources.status.failed", s.lastStatus()) : Texts.get("sources.status.ok");
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }
}
