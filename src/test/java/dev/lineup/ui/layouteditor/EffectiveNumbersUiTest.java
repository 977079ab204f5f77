package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.HealthReport;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What you see is what you publish: the # column, the "Same number" filter, the summary and Health all
 * use the number a channel is published with, the provider's tvg-chno included; a number of your own
 * can be reset to the provider's, and that reset is undoable.
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class EffectiveNumbersUiTest {
    @TempDir
    static Path dataDir;
    private UiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = UiFixture.start(stage, NumberedSource.services(Files.createTempDirectory(dataDir, "data")));
    }

    @Test
    void providerNumbersShowMarkedAndCountAsDuplicatesInTheTableTheFilterAndHealth(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, NumberedSource.NAME);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 6);

        assertThat(numbers(table)).containsExactly("1", "1", "2", "3", "", "3");
        assertThat(numberCell(robot, 0).getText()).isEqualTo("1");
        assertThat(numberCell(robot, 0).getPseudoClassStates()).contains(ProviderAwareCell.FROM_PROVIDER);
        assertThat(numberCell(robot, 0).getTooltip().getText()).contains("provider's number");
        assertThat(table.getItems().stream().filter(ChannelRow::duplicateNumber).map(r -> r.channel().name()))
                .containsExactly("Tirana One", "Durres TV", "Buenos Aires 24", "Rosario Play");
        assertThat(robot.lookup("#editorSummary").queryLabeled().getText()).contains("4 channels share a number");

        robot.clickOn("#filterDuplicates");
        app.waitUntil(() -> table.getItems().size() == 4);
        robot.clickOn("#filterDuplicates");
        app.waitUntil(() -> table.getItems().size() == 6);

        HealthReport health = app.services.tools().health(NumberedSource.NAME);
        assertThat(health.duplicateNumbers()).isEqualTo(2);
        assertThat(health.channelsWithDuplicateNumbers()).isEqualTo(4);
    }

    @Test
    void yourOwnNumberResetsToTheProvidersAndTheResetIsUndoable(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, NumberedSource.NAME);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 6);

        robot.doubleClickOn(numberCell(robot, 1)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("7").type(KeyCode.ENTER);
        app.waitUntil(() -> "7".equals(numbers(table).get(1)));
        assertThat(numberCell(robot, 1).getPseudoClassStates()).doesNotContain(ProviderAwareCell.FROM_PROVIDER);
        assertThat(numberCell(robot, 1).getTooltip().getText()).contains("The provider's: 1");
        assertThat(table.getItems().get(0).duplicateNumber()).isFalse();
        app.waitUntilStored(() -> app.services.tools().health(NumberedSource.NAME).channelsWithDuplicateNumbers() == 2);

        robot.clickOn(row(robot, 1)).clickOn("#resetMenu").clickOn("#resetNUMBERItem");
        app.waitUntil(() -> "1".equals(numbers(table).get(1)));
        assertThat(table.getItems().get(1).channel().number()).isNull();
        assertThat(table.getItems().get(0).duplicateNumber()).isTrue();
        assertThat(robot.lookup("#editorMessage").queryLabeled().getText()).contains("Reset number of 1 channel");
        app.waitUntilStored(() -> app.services.tools().health(NumberedSource.NAME).channelsWithDuplicateNumbers() == 4);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.waitUntil(() -> "7".equals(numbers(table).get(1)));
        app.waitUntilStored(() -> Integer.valueOf(7).equals(app.services.layouts().load(NumberedSource.NAME)
                .groups().get(0).channels().get(1).number()));
    }

    @Test
    void aRenamedChannelResetsToTheProvidersName(FxRobot robot) {
        app.waitForLayout("A test");
        app.chooseLayout(robot, NumberedSource.NAME);
        TableView<ChannelRow> table = robot.lookup("#channelTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 6);
        Node name = robot.from(row(robot, 2)).lookup((Node n) -> n instanceof TableCell
                && "nameColumn".equals(((TableCell<?, ?>) n).getTableColumn().getId())).query();
        robot.doubleClickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Vlora").type(KeyCode.ENTER);
        app.waitUntil(() -> table.getItems().get(2).channel().name().equals("Vlora"));
        robot.clickOn(row(robot, 2)).clickOn("#resetMenu").clickOn("#resetAllItem");
        app.waitUntil(() -> table.getItems().get(2).channel().name().equals("Vlora News"));
        app.waitUntilStored(() -> app.services.layouts().load(NumberedSource.NAME).groups().get(0).channels().get(2)
                .name().equals("Vlora News"));
    }

    private static List<String> numbers(TableView<ChannelRow> table) {
        return table.getItems().stream().map(r -> r.number() == null ? "" : r.number().toString()).toList();
    }

    @SuppressWarnings("unchecked")
    static TableCell<ChannelRow, String> numberCell(FxRobot robot, int row) {
        return (TableCell<ChannelRow, String>) robot.from(row(robot, row)).lookup((Node n) -> n instanceof TableCell
                && "numberColumn".equals(((TableCell<?, ?>) n).getTableColumn().getId())).query();
    }

    @SuppressWarnings("unchecked")
    static TableRow<ChannelRow> row(FxRobot robot, int index) {
        return (TableRow<ChannelRow>) robot.lookup((Node n) -> n instanceof TableRow && !((TableRow<?>) n).isEmpty()
                && ((TableRow<?>) n).getIndex() == index).query();
    }
}
