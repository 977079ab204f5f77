package dev.lineup.ui.layouteditor;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.service.common.Env;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ New layout from a source, on a source with films: live channels only unless "Include films" is ticked,
 * and then only the film categories ticked (none ticked: every film). Series never.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class NewLayoutWithFilmsUiTest {
    @TempDir
    static Path tmp;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(tmp, "data");
        Path playlist = tmp.resolve("films.m3u");
        Files.writeString(playlist, """
                #EXTM3U
                #EXTINF:-1 group-title="News",One News
                http://127.0.0.1:9/live/u/p/1.ts
                #EXTINF:-1 group-title="Action films",Heat
                http://127.0.0.1:9/movie/u/p/101.mp4
                #EXTINF:-1 group-title="Action films",Ronin
                http://127.0.0.1:9/movie/u/p/102.mp4
                #EXTINF:-1 group-title="Comedy films",Airplane
                http://127.0.0.1:9/movie/u/p/103.mp4
                #EXTINF:-1 group-title="Drama series",The Wire S01E01
                http://127.0.0.1:9/series/u/p/201.mp4
                """);
        UiFixture.offFx(() -> {
            ok(run(data, "init", "--name", "Home PC"));
            ok(run(data, "source", "add", "m3u", "Films", "--url", playlist.toString()));
            return ok(run(data, "source", "refresh", "Films"));
        });
        app = UiFixture.start(stage, UiFixture.servicesOver(data, Env.overlay(Map.of())));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void filmsAreOptInAndTheTickedCategoriesAreTheOnlyOnesTaken(FxRobot robot) {
        // Untouched, the dialog makes a layout of live channels only.
        openDialog(robot);
        CheckBox films = robot.lookup("#fromSourceFilms").queryAs(CheckBox.class);
        assertThat(films.isSelected()).isFalse();
        assertThat(films.getText()).isEqualTo("Include films (2 film categories)");
        assertThat(robot.lookup("#fromSourceFilmCategories").queryListView().isDisabled()).isTrue();
        name(robot, "Live");
        robot.clickOn("OK");
        assertThat(groupsOf("Live")).containsExactly("News");

        // Films ticked, and of them only "Action films".
        openDialog(robot);
        robot.clickOn("#fromSourceFilms");
        ListView<String> categories = robot.lookup("#fromSourceFilmCategories").queryListView();
        assertThat(categories.isDisabled()).isFalse();
        assertThat(categories.getItems()).containsExactly("Action films", "Comedy films");
        ListCell<?> action = robot.from(categories).lookup(".list-cell")
                .match((Node n) -> "Action films".equals(((ListCell<?>) n).getItem())).queryAs(ListCell.class);
        robot.clickOn(robot.from(action).lookup(".check-box").queryAs(Node.class));
        name(robot, "Action night");
        robot.clickOn("OK");
        assertThat(groupsOf("Action night")).containsExactlyInAnyOrder("News", "Action films");
        assertThat(app.editor().layout().groups().stream().filter(g -> g.name().equals("Action films"))
                .findFirst().orElseThrow().channels()).hasSize(2);
    }

    private void openDialog(FxRobot robot) {
        robot.clickOn("File").clickOn("New layout from a source…");
        app.waitUntil(() -> robot.lookup("#fromSourceFilms").tryQuery().isPresent());
    }

    private static void name(FxRobot robot, String name) {
        TextField field = robot.lookup("#fromSourceName").queryAs(TextField.class);
        robot.interact(() -> field.setText(name));
    }

    private java.util.List<String> groupsOf(String layout) {
        app.waitUntil(() -> app.editor().layout() != null && app.editor().layout().name().equals(layout));
        Layout l = app.editor().layout();
        return l.groups().stream().filter(g -> !g.channels().isEmpty()).map(LayoutGroup::name).toList();
    }
}
