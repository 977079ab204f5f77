package dev.lineup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every kind of text in both themes is readable: WCAG contrast of at least 4.5 (text as drawn, over what is
 * painted behind it) for rows selected with and without focus, rows marked as a duplicate number, removed or
 * hidden, disabled rows, values taken from the provider, notices, problems, success, prompts, dialogs and
 * tooltips. The colours are read from the real style sheets as JavaFX resolves them.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastUiTest {
    private static final double AA = 4.5;
    private final Theme theme = new Theme();
    private Scene scene;
    private ListView<String> list;
    private TableView<String> table;
    private TextField field;
    private final List<Label> labels = new ArrayList<>();
    private Button button;
    private DialogPane dialog;

    /** A window of its own: the primary stage's scene is reused by the app windows of the UI tests that run after. */
    private Stage window;

    @Start
    void start(Stage primary) {
        list = new ListView<>(FXCollections.observableArrayList("News  (5)", "Sports  (3)", "Kids  (2)"));
        table = new TableView<>(FXCollections.observableArrayList("plain", "duplicate", "removed", "hidden-channel",
                "disabled", "duplicate", "hidden-channel"));
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper("Channel " + c.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                // Every other row's value is the provider's, as the editor marks it.
                pseudoClassStateChanged(PseudoClass.getPseudoClass("from-provider"), !empty && getIndex() % 2 == 1);
            }
        });
        name.setPrefWidth(220);
        table.getColumns().add(name);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                for (String state : List.of("duplicate", "removed", "hidden-channel")) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(state), !empty && state.equals(s));
                }
                setDisable(!empty && "disabled".equals(s));
            }
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        field = new TextField();
        field.setPromptText("Search (Ctrl+F)");
        for (String style : List.of("muted", "notice", "success", "error-title", "problem-indicator", "waiting-indicator")) {
            Label l = new Label(style);
            l.getStyleClass().add(style);
            labels.add(l);
        }
        button = new Button("Publish now");
        dialog = new DialogPane();
        dialog.setHeaderText("Another computer is publishing");
        dialog.setContentText("Wait for it to finish, or take the lock over.");
        VBox editor = new VBox(6, list, table);
        editor.getStyleClass().add("layout-editor");
        editor.getStylesheets().add("dev/lineup/ui/layouteditor/layout-editor.css");
        VBox root = new VBox(6, editor, field, new HBox(6, labels.toArray(Node[]::new)), button, dialog);
        scene = new Scene(root, 800, 760);
        theme.attach(scene);
        window = new Stage();
        window.setScene(scene);
        window.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::hide).get();
    }

    @Test
    void everyTextIsReadableInTheDarkTheme() throws Exception {
        assertThat(measure(true)).as("dark theme, text below %.1f:1", AA).isEmpty();
    }

    @Test
    void everyTextIsReadableInTheLightTheme() throws Exception {
        assertThat(measure(false)).as("light theme, text below %.1f:1", AA).isEmpty();
    }

    /** The states below the ratio, each as "what: ratio (text on background)". */
    private List<String> measure(boolean dark) throws Exception {
        List<String> low = new ArrayList<>();
        fx(() -> {
            theme.darkProperty().set(dark);
            list.getSelectionModel().select(1);
            table.getSelectionModel().selectIndices(0, 5, 6);
            list.requestFocus();
            return null;
        });
        check(low, "list row", () -> listCell(0));
        check(low, "selected list row, focused", () -> listCell(1));
        fx(() -> {
            table.requestFocus();
            return null;
        });
        check(low, "selected list row, not focused", () -> listCell(1));
        check(low, "selected table row, focused", () -> tableCell(0));
        check(low, "selected duplicate-number row, focused", () -> tableCell(5));
        check(low, "selected hidden channel, focused", () -> tableCell(6));
        checkText(low, "search prompt", () -> (Text) field.lookup(".text"));
        fx(() -> {
            field.requestFocus();
            return null;
        });
        check(low, "selected table row, not focused", () -> tableCell(0));
        check(low, "selected duplicate-number row, not focused", () -> tableCell(5));
        check(low, "selected hidden channel, not focused", () -> tableCell(6));
        check(low, "provider's value (grey italics)", () -> tableCell(1));
        check(low, "duplicate-number row", () -> tableCell(1));
        check(low, "removed row", () -> tableCell(2));
        check(low, "hidden channel", () -> tableCell(3));
        check(low, "disabled row", () -> tableCell(4));
        for (Label l : labels) {
            check(low, "." + l.getText() + " label", () -> l);
        }
        check(low, "button", () -> button);
        check(low, "dialog header", () -> (Labeled) dialog.lookup(".header-panel .label"));
        check(low, "dialog text", () -> (Labeled) dialog.lookup(".content.label"));
        checkTooltip(low);
        return low;
    }

    private void checkTooltip(List<String> low) throws Exception {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("The provider's name. Type to rename it.");
        fx(() -> {
            tip.show(button, 10, 10);
            return null;
        });
        check(low, "tooltip", () -> {
            tip.getScene().getRoot().applyCss();
            return (Labeled) tip.getSkin().getNode();
        });
        fx(() -> {
            tip.hide();
            return null;
        });
    }

    private ListCell<?> listCell(int index) {
        return (ListCell<?>) list.lookupAll(".list-cell").stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == index && !((ListCell<?>) n).isEmpty()).findFirst().orElseThrow();
    }

    private TableCell<?, ?> tableCell(int index) {
        return (TableCell<?, ?>) table.lookupAll(".table-cell").stream()
                .filter(n -> ((TableCell<?, ?>) n).getIndex() == index && ((TableCell<?, ?>) n).getText() != null)
                .findFirst().orElseThrow();
    }

    private void check(List<String> low, String what, Callable<Labeled> node) throws Exception {
        String r = fx(() -> {
            Labeled l = node.call();
            return verdict(what, l, l.getTextFill());
        });
        if (r != null) {
            low.add(r);
        }
    }

    private void checkText(List<String> low, String what, Callable<Text> node) throws Exception {
        String r = fx(() -> {
            Text t = node.call();
            return verdict(what, t, t.getFill());
        });
        if (r != null) {
            low.add(r);
        }
    }

    private static String verdict(String what, Node n, javafx.scene.paint.Paint fill) {
        javafx.scene.paint.Color text = Contrast.shownText(n, fill);
        javafx.scene.paint.Color back = Contrast.background(n);
        double ratio = Contrast.ratio(text, back);
        return ratio >= AA ? null : String.format(java.util.Locale.ROOT, "%s: %.2f (%s on %s)", what, ratio,
                Contrast.hex(text), Contrast.hex(back));
    }

    private <T> T fx(Callable<T> c) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        T t = WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return c.call();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }
}
