package dev.lineup.ui.mainwindow;

import dev.lineup.service.AppServices;
import dev.lineup.task.TaskExecutor;
import dev.lineup.task.TaskPools;
import dev.lineup.ui.common.AppIcon;
import dev.lineup.ui.common.ControllerFactory;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.ErrorWindow;
import dev.lineup.ui.common.FxTaskExecutor;
import dev.lineup.ui.common.Fxml;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.Theme;
import dev.lineup.ui.history.HistoryViewModel;
import dev.lineup.ui.layouteditor.GuidePanelViewModel;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import dev.lineup.ui.layouteditor.LogoImages;
import dev.lineup.ui.layouteditor.SourceBrowserViewModel;
import dev.lineup.ui.publish.PublishViewModel;
import dev.lineup.ui.publish.QuitGuard;
import dev.lineup.ui.publish.TargetsViewModel;
import dev.lineup.ui.recovery.ProblemCenter;
import dev.lineup.ui.recovery.RecoveryViewModel;
import dev.lineup.ui.recovery.RecoveryWindow;
import dev.lineup.ui.settings.SettingsViewModel;
import dev.lineup.ui.sources.SourcesViewModel;
import dev.lineup.ui.tools.ToolsViewModel;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Builds the desktop app over its services: view models, the controller factory, the main window.
 * The one place that knows how the screens fit together; tests and benchmarks build the real window here.
 */
public final class MainWindow {
    private final ControllerFactory factory = new ControllerFactory();
    private final Scene scene;

    public MainWindow(AppServices s, Stage stage) {
        Theme theme = new Theme();
        ErrorWindow errors = new ErrorWindow(theme);
        errors.setOwner(stage);
        Dialogs dialogs = new Dialogs(theme);
        dialogs.setOwner(stage);
        TaskMonitor monitor = new TaskMonitor();
        TaskExecutor tasks = new FxTaskExecutor(s.executor(), monitor, errors);
        LayoutEditorViewModel editor = new LayoutEditorViewModel();
        LayoutsViewModel layouts = new LayoutsViewModel(s.layouts(), s.library(), tasks, editor);
        SourceBrowserViewModel browser = new SourceBrowserViewModel(s.library(), tasks);
        SourcesViewModel sources = new SourcesViewModel(s.sources(), tasks, () -> {
            browser.reloadSources();
            layouts.reloadRemoved();
        });
        GuidePanelViewModel guide = new GuidePanelViewModel(s.guides(), editor, tasks);
        MainWindowViewModel main = new MainWindowViewModel(s.installation(), s.dataDir());
        SettingsViewModel settings = new SettingsViewModel(s.settings(), tasks, theme.darkProperty(),
                saved -> main.installationRenamed(saved.installationName()),
                () -> {
                    browser.reloadSources();
                    layouts.reload(layouts.currentProperty().get());
                });
        ToolsViewModel tools = new ToolsViewModel(s.tools(), tasks);
        tools.setOnApplied(layouts::reopen);
        ProblemCenter problems = new ProblemCenter();
        dev.lineup.ui.common.LiveClock clock = new dev.lineup.ui.common.LiveClock(java.time.Clock.systemDefaultZone());
        PublishViewModel publish = new PublishViewModel(s.publish(), s.targets(), tasks, problems);
        HistoryViewModel history = new HistoryViewModel(s.publish(), s.sources(), monitor, tasks, problems);
        RecoveryViewModel recovery = new RecoveryViewModel(s.publish(), s.targets(), tasks, problems);
        RecoveryWindow wizard = new RecoveryWindow(recovery, factory, theme);
        wizard.setOwner(stage);
        problems.setOpener(wizard::open);
        // The status bar's problem must not outlive it: looked at again on focus, on closing the wizard, each minute.
        dev.lineup.ui.recovery.ProblemRecheck recheck = new dev.lineup.ui.recovery.ProblemRecheck(problems,
                s.publish().locks(), tasks);
        wizard.setOnClosed(recheck::recheck);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                recheck.recheck();
            }
        });
        recheck.startPeriodic();
        factory.register(ControllerFactory.class, factory).register(Theme.class, theme)
                .register(ErrorWindow.class, errors).register(Dialogs.class, dialogs)
                .register(TaskMonitor.class, monitor).register(TaskExecutor.class, tasks)
                .register(LayoutEditorViewModel.class, editor).register(LayoutsViewModel.class, layouts)
                .register(SourceBrowserViewModel.class, browser).register(SourcesViewModel.class, sources)
                .register(GuidePanelViewModel.class, guide).register(SettingsViewModel.class, settings)
                .register(PublishViewModel.class, publish).register(HistoryViewModel.class, history)
                .register(TargetsViewModel.class, new TargetsViewModel(s.targets(), tasks, publish))
                .register(ProblemCenter.class, problems).register(RecoveryViewModel.class, recovery)
                .register(dev.lineup.ui.common.LiveClock.class, clock)
                .register(RecoveryWindow.class, wizard)
                .register(dev.lineup.ui.recovery.ProblemRecheck.class, recheck)
                .register(LogoImages.class, new LogoImages(s.logos(), TaskPools.logoDownloads(2)))
                .register(dev.lineup.service.publish.PublishService.class, s.publish())
                .register(MainWindowViewModel.class, main)
                .register(dev.lineup.ui.layouteditor.EditorViewMemory.class,
                        new dev.lineup.ui.layouteditor.EditorViewMemory(s.settings(), tasks))
                .register(ToolsViewModel.class, tools)
                .register(MainWindowController.ScreenRefresher.class,
                        new MainWindowController.ScreenRefresher(sources, publish, history, settings, layouts));
        Fxml.View<MainWindowController> v = Fxml.load(MainWindow.class, "main-window.fxml", factory);
        // The window may already show (the opening view of LineupApp): the same scene keeps its size and place.
        Scene opening = stage.getScene();
        if (opening != null) {
            opening.setRoot(v.root());
            scene = opening;
        } else {
            scene = new Scene(v.root(), 1280, 800);
        }
        theme.attach(scene);
        stage.titleProperty().bind(main.titleProperty());
        AppIcon.apply(stage);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            layouts.flushSave();
            clock.stop();
            recheck.stop();
        });
        QuitGuard.install(stage, publish, theme);
        browser.reloadSources();
        layouts.reload(null);
        settings.load();
    }

    public Scene scene() {
        return scene;
    }

    /** A registered object (view model, monitor…), for tests and the screenshot tour. */
    public <T> T get(Class<T> type) {
        return factory.get(type);
    }
}
