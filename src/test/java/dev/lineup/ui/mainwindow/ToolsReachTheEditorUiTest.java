package dev.lineup.ui.mainwindow;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import dev.lineup.ui.tools.NumberingViewModel;
import dev.lineup.ui.tools.ToolsViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Tools screen and the layout editor work on one stored layout: a tool's change must show in the
 * open editor, and the editor's next save must not write its stale copy over it.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ToolsReachTheEditorUiTest {
    @TempDir
    Path dir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, dir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void numberingAppliedInToolsShowsInTheEditorAndSurvivesTheNextEdit(FxRobot robot) throws Exception {
        LayoutsViewModel layouts = app.window.get(LayoutsViewModel.class);
        LayoutEditorViewModel editor = app.window.get(LayoutEditorViewModel.class);
        MainWindowViewModel main = app.window.get(MainWindowViewModel.class);
        robot.interact(() -> layouts.open("Sample"));
        app.waitUntil(() -> "Sample".equals(layouts.currentProperty().get()));

        robot.interact(() -> main.screenProperty().set(Screen.TOOLS));
        ToolsViewModel tools = app.window.get(ToolsViewModel.class);
        robot.interact(() -> tools.layoutProperty().set("Sample"));
        NumberingViewModel numbering = tools.numbering();
        app.waitUntil(() -> !numbering.groups().isEmpty());
        robot.interact(() -> {
            numbering.groups().forEach(g -> g.includeProperty().set(false));
            numbering.groups().get(0).includeProperty().set(true);
            numbering.groups().get(0).startProperty().set("700");
            numbering.preview();
        });
        app.waitUntil(() -> numbering.previewProperty().get() != null);
        robot.interact(numbering::apply);
        app.waitUntilStored(() -> firstNumber(stored()) == 700);

        robot.interact(() -> main.screenProperty().set(Screen.LAYOUTS));
        app.waitUntil(() -> firstNumber(editor.layout()) == 700);

        LayoutChannel second = editor.layout().channels().skip(1).findFirst().orElseThrow();
        robot.interact(() -> editor.apply(ChannelEdits.setName(second.sourceKey(), "Renamed here")));
        robot.interact(layouts::flushSave);
        app.waitUntilStored(() -> stored().channels().anyMatch(c -> "Renamed here".equals(c.name())));
        assertThat(firstNumber(stored())).isEqualTo(700);
    }

    private Layout stored() throws Exception {
        return app.services.layouts().load("Sample");
    }

    private static int firstNumber(Layout l) {
        List<LayoutChannel> first = l.groups().get(0).channels();
        Integer n = first.isEmpty() ? null : first.get(0).number();
        return n == null ? -1 : n;
    }
}
