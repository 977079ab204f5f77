package dev.lineup.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/**
 * The error window's view: binds to {@link ErrorViewModel}. It shows the sentence; the details (the trace) stay
 * behind "Show details", and Copy puts them on the clipboard either way.
 */
public final class ErrorController {
    private final ErrorViewModel vm;
    @FXML
    private Label title;
    @FXML
    private Label message;
    @FXML
    private TextArea details;
    @FXML
    private Label copied;
    @FXML
    private ToggleButton showDetails;
    @FXML
    private VBox detailsBox;

    public ErrorController(ErrorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        message.textProperty().bind(vm.messageProperty());
        details.textProperty().bind(vm.detailsProperty());
        // The sentence is what a user reads; the trace is for a report, one click away.
        detailsBox.visibleProperty().bind(showDetails.selectedProperty());
        detailsBox.managedProperty().bind(showDetails.selectedProperty());
        showDetails.textProperty().bind(javafx.beans.binding.Bindings.when(showDetails.selectedProperty())
                .then(Texts.get("error.details.hide")).otherwise(Texts.get("error.details.show")));
        vm.detailsProperty().addListener((o, a, b) -> {
            copied.setText("");
            showDetails.setSelected(false);
        });
    }

    @FXML
    private void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.copyText());
        Clipboard.getSystemClipboard().setContent(c);
        copied.setText(Texts.get("error.copied"));
    }

    @FXML
    private void close() {
        details.getScene().getWindow().hide();
    }
}
