package dev.lineup.ui.tools;

import dev.lineup.ui.FxIoGuard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.layouts.ToolsStore;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.service.layouts.StoredRules;
import dev.lineup.model.Layout;
import java.nio.file.Path;
import java.util.List;
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
 * Rules and numbering on the Tools screen over a real database in which the provider's two Sky
 * channels are not yet in the layout (as after a refresh that added them).
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class RulesAndNumberingUiTest {
    @TempDir
    Path dir;
    private ToolsUi app;

    @Start
    void start(Stage stage) throws Exception {
        app = ToolsUi.start(stage, dir, db -> ToolsStore.removeFromLayout(db.store, "Sky Sports Arena",
                "Sky Sports Arena Extra"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        app.close();
    }

    @Test
    void aRuleWithAnInvalidRegexShowsTheErrorAndCannotBeSaved(FxRobot robot) {
        app.open(robot, "rulesTab");
        robot.clickOn("#addRule");
        robot.clickOn("#ruleName").write("Sport");
        robot.clickOn("#ruleNamePattern").write("(sky sports");
        assertThat(ToolsScreenUiTest.text(robot, "#ruleError")).contains("invalid name pattern").contains("Unclosed group");
        assertThat(robot.lookup("#ruleOk").queryButton().isDisabled()).isTrue();
        robot.clickOn("#ruleOk");
        assertThat(robot.lookup("#ruleError").tryQuery()).isPresent();

        robot.clickOn("#ruleNamePattern").press(KeyCode.END).release(KeyCode.END).write(")");
        robot.clickOn("#ruleGroup").write("Sport picks");
        robot.clickOn("#ruleNumberFrom").write("500");
        assertThat(ToolsScreenUiTest.text(robot, "#ruleError")).contains("needs both numberFrom and numberTo");
        robot.clickOn("#ruleNumberTo").write("599");
        assertThat(ToolsScreenUiTest.text(robot, "#ruleError")).isEmpty();
        robot.clickOn("#ruleOk");

        app.waitUntilStored(() -> !StoredRules.rules(app.db.store, ToolsStore.LAYOUT).isEmpty());
        Rule saved = StoredRules.rules(app.db.store, ToolsStore.LAYOUT).get(0);
        assertThat(saved.match().name()).isEqualTo("(sky sports)");
        assertThat(saved.match().ignoreCase()).isTrue();
        assertThat(saved.actions().group()).isEqualTo("Sport picks");
        assertThat(robot.lookup("#rulesTable").queryTableView().getItems()).containsExactly(saved);
    }

    @Test
    void dryRunChangesNothingAndApplyNowPlacesTheNewChannels(FxRobot robot) {
        Rule extra = Rule.of("Extras hidden", new Rule.Match(null, "Sport", "extra$", true, null),
                new Rule.Actions("Sport picks", true, null, null, null, null, null));
        Rule sky = Rule.of("Sky", new Rule.Match(null, null, "^sky sports", true, null),
                new Rule.Actions("Sport picks", false, "^Sky Sports ", "Sky ", 500, 599, null));
        StoredRules.setRules(app.db.store, ToolsStore.LAYOUT, List.of(extra, sky));
        app.open(robot, "rulesTab");
        TableView<Rule> rules = robot.lookup("#rulesTable").queryTableView();
        app.waitUntil(() -> rules.getItems().size() == 2);
        // Sky first, as the user orders them.
        robot.clickOn("Sky");
        robot.clickOn("#ruleUp");
        app.waitUntilStored(() -> StoredRules.rules(app.db.store, ToolsStore.LAYOUT).get(0).name().equals("Sky"));
        Layout before = app.layout();

        robot.clickOn("#dryRun");
        TableView<RuleReport.Placement> report = robot.lookup("#ruleReport").queryTableView();
        app.waitUntil(() -> report.getItems().size() == 2);
        assertThat(ToolsScreenUiTest.text(robot, "#ruleReportTitle")).startsWith("Dry run — nothing changed: 2 channels would be placed");
        assertThat(report.getItems()).extracting(RuleReport.Placement::name).containsExactly("Sky Arena", "Sky Arena Extra");
        assertThat(report.getItems()).extracting(RuleReport.Placement::hidden).containsExactly(false, true);
        assertThat(app.layout()).isEqualTo(before);

        robot.clickOn("#applyRules");
        app.waitUntil(() -> ToolsScreenUiTest.text(robot, "#ruleReportTitle").startsWith("Applied: 2 channels placed"));
        assertThat(app.numbers("Sport picks")).containsExactly(500, 501);
        assertThat(app.layout().groups().stream().filter(g -> g.name().equals("Sport picks")).findFirst().orElseThrow()
                .channels()).extracting(c -> c.name()).containsExactly("Sky Arena", "Sky Arena Extra");
        // Running again finds them already in the layout.
        robot.clickOn("#dryRun");
        app.waitUntil(() -> report.getItems().isEmpty());
    }

    @Test
    void numberingPreviewSavesNothingThenApplyGivesThoseNumbers(FxRobot robot) {
        app.open(robot, "numberingTab");
        TableView<NumberingViewModel.GroupStart> groups = robot.lookup("#groupTable").queryTableView();
        app.waitUntil(() -> groups.getItems().size() == 3);
        assertThat(groups.getItems()).extracting(g -> g.startProperty().get()).containsExactly("101", "201", "301");
        assertThat(robot.lookup("#applyNumbers").queryButton().isDisabled()).isTrue();

        // With Entertainment from 102, News (from 101, two channels) runs into it: an overflow and a duplicate.
        robot.doubleClickOn("201").eraseText(3).write("102").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(groups.getItems().get(1).startProperty().get()).isEqualTo("102");
        robot.clickOn("#previewNumbers");
        app.waitUntil(() -> !robot.lookup("#applyNumbers").queryButton().isDisabled());
        assertThat(ToolsScreenUiTest.text(robot, "#numberingProblems"))
                .contains("Overflow: group 'News' runs to 102, into 'Entertainment' which starts at 102")
                .contains("Number 102 is used twice: CNN International, UK: Channel 4 FHD");
        assertThat(app.numbers("News")).containsOnlyNulls();

        robot.doubleClickOn("102").eraseText(3).write("201").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#applyNumbers").queryButton().isDisabled()).isTrue();
        robot.clickOn("#previewNumbers");
        app.waitUntil(() -> ToolsScreenUiTest.text(robot, "#numberingProblems").startsWith("No overflows"));
        assertThat(app.numbers("News")).containsOnlyNulls();
        robot.clickOn("#applyNumbers");
        app.waitUntil(() -> ToolsScreenUiTest.text(robot, "#numberingMessage").startsWith("Saved"));

        assertThat(app.numbers("News")).containsExactly(101, 102);
        assertThat(app.numbers("Entertainment")).containsExactly(201, 202);
        // The user's starts stay after the reload that follows the change.
        assertThat(groups.getItems()).extracting(g -> g.startProperty().get()).containsExactly("101", "201", "301");
    }
}
