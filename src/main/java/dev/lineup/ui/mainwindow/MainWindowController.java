package dev.lineup.ui.mainwindow;

import dev.lineup.ui.common.ControllerFactory;
import dev.lineup.ui.common.Fxml;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.Theme;
import dev.lineup.ui.history.HistoryController;
import dev.lineup.ui.history.HistoryViewModel;
import dev.lineup.ui.layouteditor.LayoutEditorController;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import dev.lineup.ui.publish.PublishController;
import dev.lineup.ui.publish.PublishViewModel;
import dev.lineup.ui.recovery.ProblemCenter;
import dev.lineup.ui.settings.SettingsController;
import dev.lineup.ui.settings.SettingsViewModel;
import dev.lineup.ui.sources.SourcesController;
import dev.lineup.ui.sources.SourcesViewModel;
import dev.lineup.ui.recovery.OpenProblem;
import dev.lineup.ui.recovery.RecoveryViewModel;
import dev.lineup.sync.ProblemKind;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.tools.ToolsController;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;

/** The main window: navigation, the screens, the menu and the status bar. */
public final class MainWindowController {
    private final MainWindowViewModel vm;
    private final ControllerFactory factory;
    private final TaskMonitor monitor;
    private final Theme theme;
    private final LayoutEditorViewModel editor;
    private final Map<Screen, Parent> screens = new EnumMap<>(Screen.class);
    private LayoutEditorController editorView;
    @FXML private ListView<Screen> navList;
    @FXML private StackPane content;
    @FXML private Label taskName;
    @FXML private ProgressBar taskProgress;
    @FXML private Button cancelTask;
    @FXML private Label installation;
    @FXML private Button problemIndicator;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private CheckMenuItem darkItem;

    public MainWindowController(MainWindowViewModel vm, ControllerFactory factory, TaskMonitor monitor, Theme theme,
                                LayoutEditorViewModel editor) {
        this.vm = vm;
        this.factory = factory;
        this.monitor = monitor;
        this.theme = theme;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        navList.getItems().setAll(Screen.values());
        navList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.screenProperty().set(b);
            }
        });
        vm.screenProperty().addListener((o, a, b) -> show(b));
        show(vm.screenProperty().get());

        taskName.textProperty().bind(monitor.currentProperty());
        taskProgress.progressProperty().bind(monitor.progressProperty());
        taskProgress.visibleProperty().bind(monitor.busyProperty());
        cancelTask.visibleProperty().bind(monitor.busyProperty());
        cancelTask.setOnAction(e -> monitor.cancelCurrent());
        installation.setText(vm.installationText());
        ProblemCenter problems = factory.get(ProblemCenter.class);
        problemIndicator.visibleProperty().bind(problems.latestProperty().isNotNull());
        problemIndicator.managedProperty().bind(problemIndicator.visibleProperty());
        RecoveryViewModel wizard = factory.get(RecoveryViewModel.class);
        // A rate limit is a status that counts down (it is retried by itself); anything else is a problem to fix.
        problemIndicator.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            OpenProblem p = problems.latestProperty().get();
            if (p == null) {
                return "";
            }
            String target = p.target() != null ? p.target() : p.problem().target();
            if (p.problem().kind() == ProblemKind.RATE_LIMITED && wizard.secondsUntilRetry() > 0) {
                return Texts.get("recovery.waiting", RecoveryViewModel.title(p.problem().kind()), target,
                        LocalTimes.span(java.time.Duration.ofSeconds(wizard.secondsUntilRetry())));
            }
            return Texts.get("recovery.indicator", RecoveryViewModel.title(p.problem().kind()), target);
        }, problems.latestProperty(), wizard.countdownProperty()));
        problems.latestProperty().addListener((o, was, p) -> {
            problemIndicator.getStyleClass().removeAll("problem-indicator", "waiting-indicator");
            problemIndicator.getStyleClass().add(p != null && p.problem().kind() == ProblemKind.RATE_LIMITED
                    ? "waiting-indicator" : "problem-indicator");
        });
        problemIndicator.setOnAction(e -> problems.reopenLatest());

        undoItem.textProperty().bind(editor.undoTextProperty());
        redoItem.textProperty().bind(editor.redoTextProperty());
        undoItem.disableProperty().bind(editor.canUndoProperty().not());
        redoItem.disableProperty().bind(editor.canRedoProperty().not());
        darkItem.selectedProperty().bindBidirectional(theme.darkProperty());
    }

    private void show(Screen s) {
        content.getChildren().setAll(screen(s));
        navList.getSelectionModel().select(s);
        factory.get(ScreenRefresher.class).shown(s);
    }

    /**
     * A screen's view, loaded on its first visit: at start only the first screen is built, so the main
     * window appears sooner (each screen's FXML and controls cost start-up time).
     */
    private Parent screen(Screen s) {
        Parent built = screens.get(s);
        if (built == null) {
            built = switch (s) {
                case SOURCES -> Fxml.load(SourcesController.class, "sources.fxml", factory).root();
                case LAYOUTS -> {
                    Fxml.View<LayoutEditorController> layouts = Fxml.load(LayoutEditorController.class,
                            "layout-editor.fxml", factory);
                    editorView = layouts.controller();
                    yield layouts.root();
                }
                case TOOLS -> Fxml.load(ToolsController.class, "tools.fxml", factory).root();
                case PUBLISH -> Fxml.load(PublishController.class, "publish.fxml", factory).root();
                case HISTORY -> Fxml.load(HistoryController.class, "history.fxml", factory).root();
                case SETTINGS -> Fxml.load(SettingsController.class, "settings.fxml", factory).root();
            };
            screens.put(s, built);
        }
        return built;
    }

    /** The layout editor's view, for the Edit and Layout menus (built if the Layouts screen was never shown). */
    private LayoutEditorController editorView() {
        screen(Screen.LAYOUTS);
        return editorView;
    }

    @FXML private void showSources() { vm.screenProperty().set(Screen.SOURCES); }
    @FXML private void showLayouts() { vm.screenProperty().set(Screen.LAYOUTS); }
    @FXML private void showPublish() { vm.screenProperty().set(Screen.PUBLISH); }
    @FXML private void showHistory() { vm.screenProperty().set(Screen.HISTORY); }
    @FXML private void showSettings() { vm.screenProperty().set(Screen.SETTINGS); }
    @FXML private void showTools() { vm.screenProperty().set(Screen.TOOLS); }
    @FXML private void undo() { editor.undo(); }
    @FXML private void openDataFolder() { vm.openDataFolder(); }
    @FXML private void openLog() { vm.openLog(); }

    @FXML
    private void about() {
        AboutDialog.build(vm, factory.get(dev.lineup.task.TaskExecutor.class), theme, content.getScene().getWindow()).show();
    }

    @FXML private void redo() { editor.redo(); }

    @FXML
    private void find() {
        showLayouts();
        editorView().focusSearch();
    }

    @FXML
    private void findInSource() {
        showLayouts();
        editorView().focusSourceSearch();
    }

    @FXML private void newLayout() { editorView().newLayout(); }
    @FXML private void newLayoutFromSource() { editorView().newLayoutFromSource(); }
    @FXML private void resetAll() { editorView().resetToProvider(java.util.EnumSet.allOf(dev.lineup.layout.ProviderResets.Field.class)); }
    @FXML private void resetNumber() { editorView().resetToProvider(java.util.Set.of(dev.lineup.layout.ProviderResets.Field.NUMBER)); }
    @FXML private void resetName() { editorView().resetToProvider(java.util.Set.of(dev.lineup.layout.ProviderResets.Field.NAME)); }
    @FXML private void duplicateLayout() { editorView().duplicateLayout(); }
    @FXML private void renameLayout() { editorView().renameLayout(); }
    @FXML private void editFileName() { editorView().editFileName(); }
    @FXML private void deleteLayout() { editorView().deleteLayout(); }
    @FXML private void importLayout() { editorView().importLayout(); }
    @FXML private void exportLayout() { editorView().exportLayout(); }
    @FXML private void moveToGroup() { editorView().actions().moveToGroup(); }
    @FXML private void timeShift() { editorView().timeShift(); }
    @FXML private void hide() { editorView().actions().setHidden(true); }
    @FXML private void unhide() { editorView().actions().setHidden(false); }
    @FXML private void findReplace() { editorView().actions().findReplace(); }
    @FXML private void upperCase() { editorView().actions().upperCase(); }
    @FXML private void sentenceCase() { editorView().actions().sentenceCase(); }
    @FXML private void prefixSuffix() { editorView().actions().prefixSuffix(); }
    @FXML private void renumber() { editorView().actions().renumber(); }
    @FXML private void sortGroup() { editorView().actions().sortGroup(); }
    @FXML private void newGroup() { editorView().actions().addGroup(); }

    @FXML
    private void quit() {
        factory.get(LayoutsViewModel.class).flushSave();
        // As the window's close button: asks first while a publish runs, else closes.
        javafx.stage.Window w = content.getScene().getWindow();
        w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Screens that fetch their data when first shown. */
    static final class ScreenRefresher {
        private final SourcesViewModel sources;
        private final PublishViewModel publish;
        private final HistoryViewModel history;
        private final SettingsViewModel settings;
        private final LayoutsViewModel layouts;

        ScreenRefresher(SourcesViewModel sources, PublishViewModel publish, HistoryViewModel history,
                        SettingsViewModel settings, LayoutsViewModel layouts) {
            this.sources = sources;
            this.publish = publish;
            this.history = history;
            this.settings = settings;
            this.layouts = layouts;
        }

        void shown(Screen s) {
            if (s != Screen.LAYOUTS) {
                // Other screens read layouts from the store (tools, output, publish): save edits first.
                layouts.flushSave();
            }
            switch (s) {
                case SOURCES -> sources.load();
                case PUBLISH -> publish.load();
                case HISTORY -> history.load();
                case SETTINGS -> settings.load();
                default -> { }
            }
        }
    }
}
