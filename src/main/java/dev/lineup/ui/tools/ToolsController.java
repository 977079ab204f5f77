package dev.lineup.ui.tools;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;

/** The Tools screen's frame: the layout chooser over the four tool tabs; reads its data whenever it is shown. */
public final class ToolsController {
    private final ToolsViewModel vm;
    @FXML private VBox root;
    @FXML private ComboBox<String> layoutChoice;

    public ToolsController(ToolsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        layoutChoice.setItems(vm.layouts());
        layoutChoice.valueProperty().bindBidirectional(vm.layoutProperty());
        // The main window puts a screen into its content area when the user opens it.
        root.parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.load();
                vm.guides().loadThreshold();
            }
        });
    }
}
