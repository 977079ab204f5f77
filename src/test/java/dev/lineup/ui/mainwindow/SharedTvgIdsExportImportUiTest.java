package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.SourceKind;
import dev.lineup.service.AppServices;
import dev.lineup.service.library.SourceForm;
import dev.lineup.task.Progress;
import dev.lineup.task.TaskContext;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.layouteditor.LayoutsViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14's "your own export does not import": a layout made in the app from a playlist where two
 * channels of one group share a tvg-id (HD and SD feeds, as the public Free-TV list has) is exported,
 * edited, and imported back from the File menu's actions: no error window, every channel back, each
 * still published with its own stream.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class SharedTvgIdsExportImportUiTest {
    private static final String PLAYLIST = """
            #EXTM3U
            #EXTINF:-1 tvg-id="RaiUno.it" group-title="Italy",Rai 1 (1080p)
            http://127.0.0.1:9/rai1/hd.m3u8
            #EXTINF:-1 tvg-id="RaiUno.it" group-title="Italy",Rai 1 (576p)
            http://127.0.0.1:9/rai1/sd.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="France",Arte
            http://127.0.0.1:9/arte/fr.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="France",Arte
            http://127.0.0.1:9/arte/fr-backup.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="Germany",Arte
            http://127.0.0.1:9/arte/de.m3u8
            """;

    @TempDir
    static Path dataDir;
    private UiFixture app;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(dataDir, "data");
        AppServices s = UiFixture.services(dir);
        UiFixture.offFx(() -> {
            Path m3u = Files.writeString(dir.resolve("free-tv.m3u"), PLAYLIST, StandardCharsets.UTF_8);
            s.sources().add(new SourceForm(SourceKind.M3U, "Free-TV", m3u.toString(), null, null, false, false));
            s.sources().refresh("Free-TV", TaskContext.detached("test"));
            return null;
        });
        app = UiFixture.start(stage, s);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void aLayoutWithChannelsSharingATvgIdImportsBackWithEveryChannelOnItsOwnStream(FxRobot robot) throws Exception {
        app.waitForLayout("A test");
        robot.clickOn("#channelTable").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        ComboBox<String> start = robot.lookup(".choice-dialog .combo-box").queryComboBox();
        robot.clickOn(start).clickOn("Every channel of Free-TV").clickOn("OK");
        robot.clickOn("#dialogField0").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Free").type(KeyCode.ENTER);
        app.waitForLayout("Free");
        app.waitUntil(() -> app.editor().layout().channels().count() == 5);
        List<String> published = publishedEntries("before");
        assertThat(published).as("five channels, each with its own stream").hasSize(5).doesNotHaveDuplicates();

        Path file = dir.resolve("free-export.json");
        LayoutsViewModel layouts = app.window.get(LayoutsViewModel.class);
        robot.interact(() -> layouts.exportFile(file));
        app.waitUntilStored(() -> Files.exists(file));

        // The user deletes both Rai feeds, then takes the exported file back.
        TableView<?> table = robot.lookup("#channelTable").queryTableView();
        robot.clickOn("#channelTable");
        robot.clickOn("Edit").clickOn("Find channel");
        robot.write("rai");
        app.waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn(robot.from(table).lookup(".table-row-cell").queryAs(Node.class))
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        app.waitUntil(() -> app.editor().layout().channels().count() == 3);
        app.waitUntilStored(() -> app.services.layouts().load("Free").channels().count() == 3);

        // Asked whether to replace "Free" (the layout of the file's name), the user says yes.
        robot.interact(() -> layouts.importFile(file, (name, copy) -> java.util.Optional.of(name)));
        app.waitUntil(() -> app.editor().layout() != null && app.editor().layout().channels().count() == 5);
        assertThat(robot.lookup("#errorMessage").tryQuery()).as("no error window").isEmpty();
        app.waitUntilStored(() -> app.services.layouts().load("Free").channels().count() == 5);
        assertThat(publishedEntries("after")).as("the same channels on the same streams, in the same order")
                .isEqualTo(published);
    }

    /** What the layout "Free" publishes: each entry's name and stream, rendered off the FX thread. */
    private List<String> publishedEntries(String run) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out-" + run));
        app.services.layouts().output("Free", out, Progress.NONE);
        Path m3u;
        try (var files = Files.list(out)) {
            m3u = files.filter(p -> p.toString().endsWith(".m3u")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(m3u, StandardCharsets.UTF_8);
        java.util.ArrayList<String> entries = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#EXTINF")) {
                String name = lines.get(i).substring(lines.get(i).lastIndexOf(',') + 1);
                int u = i + 1;
                while (lines.get(u).startsWith("#")) {
                    u++;
                }
                entries.add(name + " -> " + lines.get(u));
            }
        }
        return entries;
    }
}
