package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.LayoutEdit;
import dev.lineup.model.LayoutChannel;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.image.ImageView;
import javafx.util.converter.DefaultStringConverter;

/** Columns, inline editors and row styles of the channel table. Every inline edit is one undoable edit. */
final class ChannelTable {
    static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");
    static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-channel");
    static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");

    private ChannelTable() {
    }

    static void configure(TableView<ChannelRow> table, LayoutEditorViewModel vm, LogoImages logos) {
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new javafx.scene.control.Label("No channels here. Drag channels from the source on the left."));
        TableColumn<ChannelRow, String> logo = new TableColumn<>("");
        logo.setId("logoColumn");
        logo.setPrefWidth(34);
        logo.setSortable(false);
        logo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().channel().logo()));
        logo.setCellFactory(c -> new LogoCell(logos));
        table.getColumns().add(logo);
        table.getColumns().add(text("#", "numberColumn", 48, c -> c.number() == null ? "" : c.number().toString(),
                (k, v) -> ChannelEdits.setNumber(k, parseNumber(v)), vm));
        table.getColumns().add(text("Name", "nameColumn", 210, LayoutChannel::name, ChannelEdits::setName, vm));
        TableColumn<ChannelRow, String> group = new TableColumn<>("Group");
        group.setId("groupColumn");
        group.setPrefWidth(105);
        group.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        table.getColumns().add(group);
        table.getColumns().add(text("tvg-id", "tvgIdColumn", 130, LayoutChannel::tvgId, ChannelEdits::setTvgId, vm));
        table.getColumns().add(text("Logo URL", "logoUrlColumn", 160, LayoutChannel::logo, ChannelEdits::setLogo, vm));
        table.getColumns().add(text("Shift (h)", "shiftColumn", 64,
                c -> c.shiftHours() == 0 ? "" : trim(c.shiftHours()),
                (k, v) -> ChannelEdits.setShift(List.of(k), parseShift(v)), vm));
        TableColumn<ChannelRow, String> guide = new TableColumn<>("Guide");
        guide.setPrefWidth(120);
        guide.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().channel().guideChannel()));
        table.getColumns().add(guide);
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ChannelRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(DUPLICATE, !empty && row != null && row.duplicateNumber());
                pseudoClassStateChanged(HIDDEN, !empty && row != null && row.hidden());
                pseudoClassStateChanged(REMOVED, !empty && row != null && row.removedByProvider());
            }
        });
    }

    private static TableColumn<ChannelRow, String> text(String title, String id, double width,
                                                        Function<LayoutChannel, String> get,
                                                        BiFunction<String, String, LayoutEdit> edit,
                                                        LayoutEditorViewModel vm) {
        TableColumn<ChannelRow, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(get.apply(c.getValue().channel())));
        col.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()));
        col.setOnEditCommit(e -> {
            ChannelRow row = e.getRowValue();
            try {
                vm.apply(edit.apply(row.key(), e.getNewValue() == null ? "" : e.getNewValue().strip()));
            } catch (IllegalArgumentException | dev.lineup.layout.LayoutEditException ex) {
                vm.messageProperty().set(ex.getMessage());
            }
        });
        return col;
    }

    static Integer parseNumber(String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A channel number is a whole number, not '" + v + "'.");
        }
    }

    static double parseShift(String v) {
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A time shift is a number of hours such as 1, -2 or 0.5, not '" + v + "'.");
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Logo preview, or nothing while it loads or when the URL gives no image. */
    private static final class LogoCell extends TableCell<ChannelRow, String> {
        private final LogoImages logos;
        private final ImageView view = new ImageView();

        LogoCell(LogoImages logos) {
            this.logos = logos;
            view.setFitWidth(22);
            view.setFitHeight(22);
            view.setPreserveRatio(true);
        }

        @Override
        protected void updateItem(String url, boolean empty) {
            super.updateItem(url, empty);
            view.setImage(empty ? null : logos.get(url));
            setGraphic(empty || view.getImage() == null ? null : view);
        }
    }
}
