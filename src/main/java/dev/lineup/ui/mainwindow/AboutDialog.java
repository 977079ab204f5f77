package dev.lineup.ui.mainwindow;

import dev.lineup.service.common.AppInfo;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → About: the version of this build, the Java runtime, where the data and the log are (with
 * buttons that open them), and the bundled libraries with their licences. Paths and the list are
 * selectable text, so they can be copied into a bug report.
 */
final class AboutDialog {
    private AboutDialog() {
    }

    static Dialog<ButtonType> build(MainWindowViewModel vm, TaskExecutor tasks, Theme theme, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("about.title"));
        if (owner != null) {
            d.initOwner(owner);
        }
        d.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        d.getDialogPane().setId("aboutDialog");
        d.setHeaderText(Texts.get("about.header", AppInfo.version()));
        d.setGraphic(new ImageView(new Image("assets/icon/lineup-64.png", true)));

        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(6);
        facts.addRow(0, new Label(Texts.get("about.version")), copyable("aboutVersion", AppInfo.version()));
        facts.addRow(1, new Label(Texts.get("about.runtime")), copyable("aboutRuntime", AppInfo.runtime()));
        Button openData = new Button(Texts.get("about.open"));
        openData.setOnAction(e -> vm.openDataFolder());
        facts.addRow(2, new Label(Texts.get("about.data-folder")), copyable("aboutDataDir", vm.dataDir().toString()), openData);
        Button openLog = new Button(Texts.get("about.open"));
        openLog.setOnAction(e -> vm.openLog());
        facts.addRow(3, new Label(Texts.get("about.log-file")), copyable("aboutLogFile", vm.logFile().toString()), openLog);

        TextArea licences = new TextArea(Texts.get("about.loading"));
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(false);
        licences.setPrefRowCount(10);
        licences.setPrefColumnCount(70);
        // The list is a resource in the jar: read off the UI thread like any other file.
        tasks.run(Texts.get("about.reading-licences"), ctx -> AppInfo.thirdPartyLicences())
                .onSuccess(licences::setText).start();

        VBox box = new VBox(10, facts, new Label(Texts.get("about.licences")), licences,
                new Label(Texts.get("about.data-kept")));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        return d;
    }

    private static TextField copyable(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setEditable(false);
        f.setPrefColumnCount(Math.max(20, Math.min(60, text.length())));
        return f;
    }
}
