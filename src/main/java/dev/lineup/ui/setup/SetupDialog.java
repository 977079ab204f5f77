package dev.lineup.ui.setup;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import java.io.File;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** The first-start dialog over a {@link SetupViewModel}; fields {@code #setupName}, {@code #setupRole}, {@code #setupFolder}. */
final class SetupDialog {
    private SetupDialog() {
    }

    static Optional<SetupViewModel.Answer> ask(SetupViewModel vm, Theme theme) {
        return build(vm, theme).showAndWait().filter(b -> b == ButtonType.OK).map(b -> vm.answer());
    }

    static Dialog<ButtonType> build(SetupViewModel vm, Theme theme) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("setup.title"));
        // The first window a new user sees: it carries the app's icon in the task bar too.
        dev.lineup.ui.common.AppIcon.apply((javafx.stage.Stage) d.getDialogPane().getScene().getWindow());
        d.setHeaderText(Texts.get("setup.header"));
        d.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField name = new TextField();
        name.setId("setupName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ChoiceBox<Role> role = new ChoiceBox<>();
        role.setId("setupRole");
        role.getItems().setAll(Role.values());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return dev.lineup.ui.common.Words.of("role", r); // in words, as Settings shows it
            }

            @Override
            public Role fromString(String s) {
                return java.util.Arrays.stream(Role.values()).filter(r -> toString(r).equals(s)).findFirst().orElse(null);
            }
        });
        role.valueProperty().bindBidirectional(vm.roleProperty());
        Label roleHelp = new Label();
        roleHelp.getStyleClass().add("muted");
        roleHelp.textProperty().bind(vm.roleProperty().map(SetupViewModel::explain));
        TextField folder = new TextField();
        folder.setId("setupFolder");
        folder.setPrefColumnCount(30);
        folder.textProperty().bindBidirectional(vm.folderProperty());
        Button browse = new Button(Texts.get("setup.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File f = dc.showDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) {
                vm.folderProperty().set(f.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("setupProblem");
        problem.getStyleClass().add("notice");
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.textProperty().bind(vm.problemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Texts.get("setup.name")), name);
        grid.addRow(1, new Label(Texts.get("setup.role")), role);
        grid.add(roleHelp, 1, 2);
        grid.addRow(3, new Label(Texts.get("setup.folder")), folderRow);
        grid.add(problem, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.problemProperty().isNotEmpty());
        javafx.application.Platform.runLater(name::requestFocus);
        return d;
    }
}
