package dev.lineup.ui.tools;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.layouts.ToolsStore;
import dev.lineup.layout.HealthReport;
import dev.lineup.service.layouts.StoredHealth;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Health and guide matching on the Tools screen, over a real database. */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class ToolsScreenUiTest {
    @TempDir
    Path dir;
    private ToolsUi app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = ToolsUi.start(stage, dir, db -> { });
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void healthShowsTheCountsOfTheStoredLayout(FxRobot robot) {
        app.open(robot, "healthTab");
        app.waitUntil(() -> robot.lookup("#health-unmapped").tryQuery().isPresent());

        HealthReport expected = StoredHealth.check(app.db.store, ToolsStore.LAYOUT);
        assertThat(text(robot, "#health-unmapped")).isEqualTo(Integer.toString(expected.unmapped())).isEqualTo("5");
        assertThat(text(robot, "#health-missingLogos")).isEqualTo(Integer.toString(expected.missingLogos()));
        assertThat(text(robot, "#health-duplicateNumbers")).isEqualTo(Integer.toString(expected.duplicateNumbers()));
        assertThat(text(robot, "#health-removedByProvider")).isEqualTo(Integer.toString(expected.removedByProvider()));
        assertThat(text(robot, "#health-emptyGroups")).isEqualTo(Integer.toString(expected.emptyGroups()));
        assertThat(text(robot, "#health-lastPublished")).isEqualTo("never");
        assertThat(text(robot, "#healthSummary")).startsWith("6 channels (6 visible) in 3 groups");
    }

    @Test
    void inANarrowWindowTheAdviceWrapsAndNoHealthNameOrCountIsCut(FxRobot robot) {
        robot.interact(() -> stage.setWidth(900));
        app.open(robot, "healthTab");
        app.waitUntil(() -> robot.lookup("#health-unmapped").tryQuery().isPresent());
        javafx.scene.layout.GridPane grid = robot.lookup("#healthGrid").query();
        app.waitUntil(() -> grid.getWidth() > 0 && grid.getWidth() < 900);

        java.util.List<Label> namesAndCounts = grid.getChildren().stream()
                .filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) < 2).map(Label.class::cast).toList();
        assertThat(namesAndCounts).hasSizeGreaterThanOrEqualTo(14).allSatisfy(l -> assertThat(shownText(l))
                .as("shown as written").isEqualTo(l.getText()));
        Label advice = (Label) grid.getChildren().stream().filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 2)
                .findFirst().orElseThrow();
        assertThat(advice.getHeight()).as("the long advice wraps onto a second line")
                .isGreaterThan(1.5 * namesAndCounts.get(0).getHeight());
    }

    /** The text a label draws (its own text, cut with an ellipsis when it does not fit). */
    private static String shownText(Label l) {
        return ((javafx.scene.text.Text) l.lookup(".text")).getText();
    }

    @Test
    void findGuidesProposesAndApplyingTheCheckedOnesMapsOnlyThose(FxRobot robot) {
        app.open(robot, "guidesTab");
        assertThat(robot.lookup("#threshold").queryTextInputControl().getText()).isEqualTo("90");
        robot.clickOn("#findGuides");
        TableView<GuidesViewModel.Row> table = robot.lookup("#guideTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 6);

        assertThat(table.getItems()).filteredOn(r -> r.checkedProperty().get())
                .extracting(r -> r.guide().channel())
                .containsExactly("BBC One HD", "CNN International", "UK: Channel 4 FHD", "Sky Sports Arena");
        GuidesViewModel.Row extra = row(table, "Sky Sports Arena Extra");
        assertThat(extra.candidate()).startsWith("skyarena.uk");
        assertThat(extra.confidence()).isEqualTo("73 %");
        assertThat(row(table, "UK: Channel 4 FHD").reason()).contains("country prefix 'UK:'");
        assertThat(app.guideOf("CNN International")).isNull();

        // The user unticks Channel 4, then applies.
        robot.clickOn(robot.from(tableRow(robot, "UK: Channel 4 FHD")).lookup(".check-box").queryAs(Node.class));
        assertThat(row(table, "UK: Channel 4 FHD").checkedProperty().get()).isFalse();
        robot.clickOn("#applyGuides");
        app.waitUntil(() -> text(robot, "#guidesMessage").startsWith("Mapped"));

        assertThat(text(robot, "#guidesMessage")).isEqualTo("Mapped 3 channels.");
        assertThat(app.guideOf("BBC One HD")).isEqualTo("bbc1.uk");
        assertThat(app.guideOf("CNN International")).isEqualTo("cnn.int");
        assertThat(app.guideOf("Sky Sports Arena")).isEqualTo("skyarena.uk");
        assertThat(app.guideOf("UK: Channel 4 FHD")).isNull();
        assertThat(app.guideOf("Sky Sports Arena Extra")).isNull();
        // Health follows: Channel 4, Sky Sports Arena Extra and Mystery Local Feed are left without a guide.
        app.waitUntilStored(() -> StoredHealth.check(app.db.store, ToolsStore.LAYOUT).unmapped() == 3);
        robot.clickOn("#healthTab");
        app.waitUntil(() -> text(robot, "#health-unmapped").equals("3"));
    }

    @Test
    void theThresholdIsSavedAndRechecksTheRows(FxRobot robot) {
        app.open(robot, "guidesTab");
        robot.clickOn("#findGuides");
        TableView<GuidesViewModel.Row> table = robot.lookup("#guideTable").queryTableView();
        app.waitUntil(() -> table.getItems().size() == 6);
        robot.doubleClickOn("#threshold").write("abc");
        assertThat(text(robot, "#thresholdError")).contains("percentage");
        assertThat(robot.lookup("#saveThreshold").queryButton().isDisabled()).isTrue();
        robot.doubleClickOn("#threshold").write("70");
        robot.clickOn("#saveThreshold");
        app.waitUntil(() -> row(table, "Sky Sports Arena Extra").checkedProperty().get());
        assertThat(app.services.tools().autoApplyThreshold()).isEqualTo(0.70);
    }

    private static GuidesViewModel.Row row(TableView<GuidesViewModel.Row> t, String channel) {
        return t.getItems().stream().filter(r -> r.guide().channel().equals(channel)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Node tableRow(FxRobot robot, String channel) {
        return robot.lookup((Node n) -> n instanceof TableRow && ((TableRow<?>) n).getItem() instanceof GuidesViewModel.Row
                && ((TableRow<GuidesViewModel.Row>) n).getItem().guide().channel().equals(channel)).query();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
