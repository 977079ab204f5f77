package dev.lineup.ui.sources;

import dev.lineup.app.SourceSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Sources screen's view. */
public final class SourcesController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final SourcesViewModel vm;
    @FXML private Label notice;
    @FXML private TableView<SourceSummary> sourceTable;
    @FXML private TableColumn<SourceSummary, String> nameColumn;
    @FXML private TableColumn<SourceSummary, String> kindColumn;
    @FXML private TableColumn<SourceSummary, String> channelsColumn;
    @FXML private TableColumn<SourceSummary, String> categoriesColumn;
    @FXML private TableColumn<SourceSummary, String> loadedColumn;
    @FXML private TableColumn<SourceSummary, String> locationColumn;
    @FXML private TableView<SourcesViewModel.CategoryCount> categoryTable;
    @FXML private TableColumn<SourcesViewModel.CategoryCount, String> categoryColumn;
    @FXML private TableColumn<SourcesViewModel.CategoryCount, String> countColumn;
    @FXML private Label issues;

    public SourcesController(SourcesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        sourceTable.setItems(vm.sources());
        nameColumn.setCellValueFactory(c -> text(c.getValue().name()));
        kindColumn.setCellValueFactory(c -> text(c.getValue().kind()));
        channelsColumn.setCellValueFactory(c -> text(count(c.getValue().channels())));
        categoriesColumn.setCellValueFactory(c -> text(count(c.getValue().categories())));
        loadedColumn.setCellValueFactory(c -> text(c.getValue().loadedAt() == null ? "not read yet"
                : TIME.format(c.getValue().loadedAt())));
        locationColumn.setCellValueFactory(c -> text(c.getValue().location()));
        categoryTable.setItems(vm.categories());
        categoryColumn.setCellValueFactory(c -> text(c.getValue().name()));
        countColumn.setCellValueFactory(c -> text(count(c.getValue().channels())));
        sourceTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            vm.select(b);
            issues.setText(b == null || b.issues().isEmpty() ? ""
                    : b.issues().size() + " entries skipped while reading, first: " + b.issues().get(0));
        });
        vm.sources().addListener((javafx.collections.ListChangeListener<SourceSummary>) ch -> {
            if (sourceTable.getSelectionModel().isEmpty() && !vm.sources().isEmpty()) {
                sourceTable.getSelectionModel().select(0);
            }
        });
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    private static String count(int n) {
        return n < 0 ? "–" : String.format("%,d", n);
    }
}
