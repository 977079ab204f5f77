package dev.lineup.ui.publish;

import dev.lineup.service.publish.LayoutPublishState;
import dev.lineup.sync.PublishReport;
import dev.lineup.ui.common.ByteSizes;
import dev.lineup.ui.common.LiveClock;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The Publish screen's view: layouts, the selected layout's target, buttons and files with share links. */
public final class PublishController {
    private final PublishViewModel vm;
    private final LiveClock clock;
    @FXML private TableView<PublishRow> layoutTable;
    @FXML private ComboBox<String> targetChoice;
    @FXML private Button outputNow;
    @FXML private Button publishNow;
    @FXML private Button mirrorNow;
    @FXML private Label publishMessage;
    @FXML private Label lastPublished;
    @FXML private TableView<PublishReport.FileResult> fileTable;

    public PublishController(PublishViewModel vm, LiveClock clock) {
        this.vm = vm;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        layoutTable.setItems(vm.rows());
        layoutTable.setPlaceholder(new Label(Texts.get("publish.layouts.empty")));
        fileTable.setPlaceholder(new Label(Texts.get("publish.files.empty")));
        TableColumn<PublishRow, String> activity = new TableColumn<>(Texts.get("publish.column.now"));
        activity.setPrefWidth(220);
        activity.setCellValueFactory(v -> v.getValue().activityProperty());
        // The ages ("3 min ago") follow the one shared clock, so the column ticks without a timer per cell.
        TableColumn<PublishRow, String> last = new TableColumn<>(Texts.get("publish.column.last"));
        last.setPrefWidth(220);
        last.setCellValueFactory(v -> Bindings.createStringBinding(() -> when(v.getValue().stateProperty().get()
                .lastPublished(), clock.now()), v.getValue().stateProperty(), clock.nowProperty()));
        layoutTable.getColumns().setAll(List.of(rowCol(Texts.get("publish.column.layout"), 180, s -> s.layout()),
                rowCol(Texts.get("publish.column.target"), 140, s -> s.target() == null
                        ? Texts.get("publish.target.none") : s.target()), last,
                rowCol(Texts.get("publish.column.generation"), 90, s -> s.neverPublished() ? ""
                        : Long.toString(s.generation())), activity));
        layoutTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != layoutTable.getSelectionModel().getSelectedItem()) {
                layoutTable.getSelectionModel().select(b);
            }
            showSelected();
        });
        targetChoice.setItems(vm.targetNames());
        targetChoice.setOnAction(e -> vm.setTarget(targetChoice.getValue()));
        outputNow.disableProperty().bind(vm.selectedProperty().isNull().or(vm.selectedPendingProperty()));
        publishNow.disableProperty().bind(vm.selectedProperty().isNull().or(vm.selectedPendingProperty()));
        outputNow.setOnAction(e -> vm.outputNow());
        publishNow.setOnAction(e -> vm.publishNow());
        // A secondary-mirror downloads what the primary published instead of publishing its own output.
        mirrorNow.visibleProperty().bind(vm.mirrorModeProperty());
        mirrorNow.managedProperty().bind(mirrorNow.visibleProperty());
        mirrorNow.disableProperty().bind(vm.busyProperty());
        mirrorNow.setOnAction(e -> vm.mirrorNow());
        publishMessage.textProperty().bind(vm.messageProperty());
        vm.succeededProperty().addListener((o, was, now) -> {
            publishMessage.getStyleClass().remove("success");
            if (now) {
                publishMessage.getStyleClass().add("success");
            }
        });
        fileTable.setItems(vm.files());
        TableColumn<PublishReport.FileResult, String> link = fileCol(Texts.get("publish.column.link"), 420,
                PublishReport.FileResult::shareLink);
        link.setCellFactory(c -> new LinkCell());
        fileTable.getColumns().setAll(List.of(fileCol(Texts.get("publish.column.file"), 200,
                        PublishReport.FileResult::name),
                fileCol(Texts.get("publish.column.size"), 100, f -> ByteSizes.human(f.size())),
                fileCol(Texts.get("publish.column.status"), 110, f -> Texts.get(f.uploaded()
                        ? "publish.file.uploaded" : "publish.file.unchanged")), link));
        vm.files().addListener((javafx.collections.ListChangeListener<PublishReport.FileResult>) c -> showSelected());
        clock.nowProperty().addListener((o, a, b) -> showLastPublished());
    }

    private void showSelected() {
        PublishRow row = vm.selectedProperty().get();
        LayoutPublishState s = row == null ? null : row.stateProperty().get();
        targetChoice.setValue(s == null ? null : s.target());
        showLastPublished();
    }

    private void showLastPublished() {
        PublishRow row = vm.selectedProperty().get();
        LayoutPublishState s = row == null ? null : row.stateProperty().get();
        lastPublished.setText(s == null ? "" : s.neverPublished() ? Texts.get("publish.never")
                : Texts.get("publish.last", when(s.lastPublished(), clock.now()), s.generation()));
    }

    /** A share link with a Copy button that puts it on the clipboard. */
    private static final class LinkCell extends TableCell<PublishReport.FileResult, String> {
        private final Button copy = new Button(Texts.get("publish.copy"));

        LinkCell() {
            copy.getStyleClass().add("small");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(getItem());
                Clipboard.getSystemClipboard().setContent(content);
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null || item.isBlank();
            setText(none ? null : item);
            setGraphic(none ? null : copy);
            if (!none) {
                copy.setId("copy-" + getTableRow().getIndex());
            }
        }
    }

    /** "today 01:49 (3 min ago)" at {@code now}; "never" for a layout not published yet. */
    static String when(String iso, Instant now) {
        return iso == null ? Texts.get("publish.neverShort") : LocalTimes.dayWithAge(Instant.parse(iso), now);
    }

    private static TableColumn<PublishRow, String> rowCol(String title, double width,
                                                          Function<LayoutPublishState, String> f) {
        TableColumn<PublishRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> Bindings.createStringBinding(() -> f.apply(v.getValue().stateProperty().get()),
                v.getValue().stateProperty()));
        return c;
    }

    private static <T> TableColumn<T, String> fileCol(String title, double width, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
