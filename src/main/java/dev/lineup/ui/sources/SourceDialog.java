package dev.lineup.ui.sources;

import dev.lineup.ui.common.Texts;
import dev.lineup.service.library.SourceForm;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.model.SourceKind;
import dev.lineup.ui.common.Theme;
import java.io.File;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Add or edit one source. Fields: {@code #sourceName}, {@code #sourceLocation}, {@code #sourceUser},
 * {@code #sourcePassword}, {@code #sourceIgnoreVod}, {@code #sourceIgnoreSeries}. A stored password is
 * never shown: the field stays empty and empty means "keep it".
 */
final class SourceDialog {
    /** Saves a form in the background and calls back on the UI thread: null when saved, else why not, in a sentence. */
    interface Saver {
        void save(SourceForm form, Consumer<String> done);
    }

    private SourceDialog() {
    }

    /**
     * Shows the dialog until the source is saved or the user cancels. OK saves (an Xtream account is logged in to
     * first); when saving fails the dialog stays open with the reason and everything typed, so nothing is lost.
     */
    static void ask(Window owner, Theme theme, SourceKind kind, SourceInfo editing, Saver saver) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.get(editing == null ? "source.dialog.add" : "source.dialog.edit", what(kind)));
        d.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField name = field("sourceName", editing == null ? "" : editing.name());
        name.setDisable(editing != null);
        TextField location = field("sourceLocation", editing == null ? "" : editing.location());
        location.setPromptText(Texts.get(kind == SourceKind.XTREAM ? "source.dialog.serverPrompt"
                : "source.dialog.locationPrompt"));
        TextField user = field("sourceUser", editing == null || editing.username() == null ? "" : editing.username());
        PasswordField password = new PasswordField();
        password.setId("sourcePassword");
        password.setPromptText(editing == null ? "" : Texts.get("source.dialog.unchanged"));
        CheckBox noVod = check("sourceIgnoreVod", Texts.get("sources.ignoreVod"), editing != null && editing.ignoreVod());
        CheckBox noSeries = check("sourceIgnoreSeries", Texts.get("sources.ignoreSeries"), editing != null && editing.ignoreSeries());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("source.dialog.name")), name);
        if (kind == SourceKind.XTREAM) {
            grid.addRow(1, new Label(Texts.get("source.dialog.server")), location);
            grid.addRow(2, new Label(Texts.get("source.dialog.user")), user);
            grid.addRow(3, new Label(Texts.get("source.dialog.password")), password);
        } else {
            Button browse = new Button(Texts.get("source.dialog.browse"));
            browse.setOnAction(e -> {
                FileChooser fc = new FileChooser();
                File f = fc.showOpenDialog(d.getDialogPane().getScene().getWindow());
                if (f != null) {
                    location.setText(f.getAbsolutePath());
                }
            });
            HBox row = new HBox(6, location, browse);
            HBox.setHgrow(location, Priority.ALWAYS);
            grid.addRow(1, new Label(Texts.get(kind == SourceKind.EPG
                    ? "source.dialog.guideLocation" : "source.dialog.playlistLocation")), row);
        }
        if (kind != SourceKind.EPG) {
            grid.add(noVod, 1, 4);
            grid.add(noSeries, 1, 5);
        }
        Label problem = new Label();
        problem.setId("sourceProblem");
        problem.getStyleClass().add("notice");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        grid.add(problem, 1, 6);
        d.getDialogPane().setContent(grid);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String p = form(kind, name, location, user, password, noVod, noSeries).problem(editing != null);
            problem.setText(p == null ? "" : p);
            ok.setDisable(p != null);
        };
        for (TextField f : new TextField[] {name, location, user, password}) {
            f.textProperty().addListener(o -> check.run());
        }
        check.run();
        boolean[] saved = {false};
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (saved[0]) {
                return;
            }
            e.consume();
            ok.setDisable(true);
            problem.setText(Texts.get(kind == SourceKind.XTREAM ? "source.dialog.checking" : "source.dialog.saving"));
            saver.save(form(kind, name, location, user, password, noVod, noSeries), reason -> {
                if (reason == null) {
                    saved[0] = true;
                    d.setResult(ButtonType.OK);
                    d.close();
                } else {
                    problem.setText(reason);
                    ok.setDisable(false);
                }
            });
        });
        javafx.application.Platform.runLater((editing == null ? name : location)::requestFocus);
        d.showAndWait();
    }

    private static SourceForm form(SourceKind kind, TextField name, TextField location, TextField user,
                                   PasswordField password, CheckBox noVod, CheckBox noSeries) {
        return new SourceForm(kind, name.getText(), location.getText(), kind == SourceKind.XTREAM ? user.getText() : null,
                kind == SourceKind.XTREAM && !password.getText().isEmpty() ? password.getText() : null,
                noVod.isSelected(), noSeries.isSelected());
    }

    static String what(SourceKind kind) {
        return Texts.get("source.dialog.what." + kind.name());
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    private static CheckBox check(String id, String text, boolean on) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(on);
        return c;
    }
}
