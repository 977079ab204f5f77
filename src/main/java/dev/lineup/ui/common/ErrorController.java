package dev.lineup.ui.common;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The error window's view: binds to {@link ErrorViewModel}; Copy puts the full details on the clipboard. */
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

    public ErrorController(ErrorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        message.textProperty().bind(vm.messageProperty());
        details.textProperty().bind(vm.detailsProperty());
        vm.detailsProperty().addListener((o, a, b) -> copied.setText(""));
    }

    @FXML
    private void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.copyText());
        Clipboard.getSystemClipboard().setContent(c);
        copied.setText("Copied to the clipboard.");
    }

    @FXML
    private void close() {
        details.getScene().getWindow().hide();
    }
}
