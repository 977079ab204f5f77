package dev.lineup.ui.history;

import dev.lineup.ui.common.ErrorWindow;
import dev.lineup.ui.common.LiveClock;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.TaskRecord;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Words;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TableCell;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The History screen's view: one table of events with filter buttons, local times with ages that move on;
 * double-click a problem for the wizard, a failed background task for its error details.
 */
public final class HistoryController {
    private final HistoryViewModel vm;
    private final LiveClock clock;
    private final ErrorWindow errors;
    @FXML private Label problemCounts;
    @FXML private Label historyMessage;
    @FXML private ToggleButton filterAll;
    @FXML private ToggleButton filterPublishes;
    @FXML private ToggleButton filterRefreshes;
    @FXML private ToggleButton filterProblems;
    @FXML private TableView<HistoryEvent> eventTable;
    @FXML private TableView<TaskRecord> taskTable;
    @FXML private Label eventDetails;

    public HistoryController(HistoryViewModel vm, ErrorWindow errors, LiveClock clock) {
        this.vm = vm;
        this.clock = clock;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        problemCounts.textProperty().bind(vm.countsProperty());
        historyMessage.textProperty().bind(vm.messageProperty());
        historyMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        historyMessage.managedProperty().bind(historyMessage.visibleProperty());
        ToggleGroup filters = new ToggleGroup();
        filterAll.setUserData(null);
        filterPublishes.setUserData(HistoryEvent.Kind.PUBLISH);
        filterRefreshes.setUserData(HistoryEvent.Kind.REFRESH);
        filterProblems.setUserData(HistoryEvent.Kind.PROBLEM);
        filters.getToggles().setAll(filterAll, filterPublishes, filterRefreshes, filterProblems);
        filters.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one filter is always chosen
            } else {
                vm.filterProperty().set((HistoryEvent.Kind) now.getUserData());
            }
        });
        eventTable.setItems(vm.shown());
        eventTable.setPlaceholder(new Label(Texts.get("history.empty")));
        // The ages ("2 min ago") follow the app's one ticking clock while the screen shows.
        TableColumn<HistoryEvent, String> when = new TableColumn<>(Texts.get("history.column.when"));
        when.setPrefWidth(220);
        when.setCellValueFactory(v -> Bindings.createStringBinding(() -> v.getValue().at() == null ? ""
                : LocalTimes.dayWithAge(v.getValue().at(), clock.now()), clock.nowProperty()));
        // Long texts wrap in their rows instead of ending in "…"; the columns share the table's width, so none
        // is pushed off to the right at 1366×768.
        TableColumn<HistoryEvent, String> what = localTimes(Texts.get("history.column.what"), 300, HistoryEvent::what);
        what.setCellFactory(c -> new WrappingCell<>());
        TableColumn<HistoryEvent, String> details = localTimes(Texts.get("history.column.details"), 360,
                HistoryEvent::details);
        details.setCellFactory(c -> new WrappingCell<>());
        when.setMinWidth(150);
        eventTable.getColumns().setAll(List.of(when,
                col(Texts.get("history.column.kind"), 80, e -> e.kind().word()),
                what,
                col(Texts.get("history.column.subject"), 150, HistoryEvent::subject),
                details));
        eventTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A long detail line is cut in its column: the selected event shows it whole below the table.
        eventDetails.textProperty().bind(Bindings.createStringBinding(() -> {
            HistoryEvent e = eventTable.getSelectionModel().getSelectedItem();
            return e == null ? Texts.get("history.details.hint") : Words.localTimesIn(e.details().isBlank() ? e.what()
                    : Texts.get("history.details.full", e.what(), e.details()), clock.now());
        }, eventTable.getSelectionModel().selectedItemProperty(), clock.nowProperty()));
        onDoubleClick(eventTable, vm::open);
        taskTable.setItems(vm.tasks());
        taskTable.setPlaceholder(new Label(Texts.get("history.tasks.empty")));
        taskTable.getColumns().setAll(List.of(
                col(Texts.get("history.task.started"), 130, (TaskRecord r) -> LocalTimes.day(r.started(), clock.now())),
                col(Texts.get("history.task.name"), 280, TaskRecord::name),
                col(Texts.get("history.task.took"), 110, r -> took(r.took())),
                col(Texts.get("history.task.outcome"), 400, TaskRecord::outcome)));
        onDoubleClick(taskTable, r -> {
            if (r.error() != null) {
                errors.show(Texts.get("history.task.failed", r.name()), r.error());
            }
        });
    }

    private static <T> void onDoubleClick(TableView<T> table, Consumer<T> action) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    action.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** "under a second", else "4 s", "2 min"… */
    private static String took(java.time.Duration d) {
        return d.toSeconds() < 1 ? Texts.get("history.task.quick") : LocalTimes.span(d);
    }

    /**
     * A cell that shows its whole text, wrapped to the column's width (the row grows), and in a tooltip too. The
     * text takes the cell's font and colour, so it reads in the dark theme and on a selected row.
     */
    static final class WrappingCell<T> extends TableCell<T, String> {
        private final Text text = new Text();
        private final Tooltip tip = new Tooltip();

        WrappingCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(600);
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean none = empty || item == null || item.isBlank();
            text.setText(none ? "" : item);
            setGraphic(none ? null : text);
            tip.setText(none ? null : item);
            setTooltip(none ? null : tip);
        }

        /** The text as shown, whole (tests). */
        Text shown() {
            return text;
        }
    }

    /** A column of texts that may name times ("since 2026-12-07T04:22:05Z"): in the local form, their ages ticking. */
    private TableColumn<HistoryEvent, String> localTimes(String title, double width, Function<HistoryEvent, String> f) {
        TableColumn<HistoryEvent, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> Bindings.createStringBinding(() -> Words.localTimesIn(f.apply(v.getValue()),
                clock.now()), clock.nowProperty()));
        return c;
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
