package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.ProviderResets.Field;
import dev.lineup.ui.common.FullTextTooltip;
import dev.lineup.ui.common.Texts;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;

/**
 * Columns, inline editors and row styles of the channel table. Every inline edit is one undoable edit.
 * Cells show what gets published: where a value is the provider's (its number, name, logo, tvg-id,
 * guide id) the cell says so (grey italics, tooltip) and the context menu can put it back.
 */
final class ChannelTable {
    static final PseudoClass DUPLICATE = PseudoClass.getPseudoClass("duplicate");
    static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden-channel");
    static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
    /** Columns shown until the user chooses others (View → Columns, or the table's + button). */
    static final List<String> DEFAULT_COLUMNS = List.of("numberColumn", "logoColumn", "nameColumn", "groupColumn",
            "guideColumn", "shiftColumn", "catchupColumn");

    /** What an empty table says when no filter hides anything. */
    static final String EMPTY = Texts.get("editor.table.empty");

    private ChannelTable() {
    }

    static void configure(TableView<ChannelRow> table, LayoutEditorViewModel vm, LogoImages logos) {
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new javafx.scene.control.Label(EMPTY));
        // No "+" corner button: over an unscrolled table it covers the last header. The columns menu is in the
        // toolbar and on a right click on any header (EditorViewState).
        table.setTableMenuButtonVisible(false);
        // The text columns share the width left by the narrow fixed ones (their preferred widths are weights),
        // so every default column shows at 1366x768 without sideways scrolling; a long value is cut with an
        // ellipsis and shown whole in its tooltip.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(fixed(text("#", "numberColumn", 50, r -> r.number() == null ? "" : r.number().toString(),
                (k, v) -> ChannelEdits.setNumber(k, parseNumber(v)), vm, Field.NUMBER,
                Texts.get("editor.column.number.tip"),
                OverrunStyle.ELLIPSIS)));
        TableColumn<ChannelRow, String> logo = new TableColumn<>(Texts.get("editor.column.logo"));
        logo.setId("logoColumn");
        logo.setPrefWidth(46);
        logo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().channel().logo()));
        logo.setCellFactory(c -> new LogoCell(logos));
        table.getColumns().add(fixed(logo));
        table.getColumns().add(text(Texts.get("window.name"), "nameColumn", 200, r -> r.channel().name(), ChannelEdits::setName, vm,
                Field.NAME, Texts.get("editor.column.name.tip"), OverrunStyle.ELLIPSIS));
        table.getColumns().add(plain(Texts.get("editor.column.group"), "groupColumn", 100, ChannelRow::group, r -> null));
        table.getColumns().add(text(Texts.get("editor.column.guide"), "guideColumn", 160, ChannelTable::guideId,
                ChannelEdits::setGuideChannel, vm, null, null, OverrunStyle.CENTER_ELLIPSIS));
        table.getColumns().add(fixed(text(Texts.get("editor.column.shift"), "shiftColumn", 68,
                r -> r.channel().shiftHours() == 0 ? "" : trim(r.channel().shiftHours()),
                (k, v) -> ChannelEdits.setShift(List.of(k), parseShift(v)), vm, null, null, OverrunStyle.ELLIPSIS)));
        table.getColumns().add(fixed(plain(Texts.get("editor.column.catchup"), "catchupColumn", 76,
                r -> r.channel().catchupPassthrough() ? Texts.get("editor.column.catchup.kept")
                        : Texts.get("editor.column.catchup.off"),
                r -> r.channel().catchupPassthrough()
                        ? Texts.get("editor.column.catchup.kept.tip")
                        : Texts.get("editor.column.catchup.off.tip"))));
        table.getColumns().add(text("tvg-id", "tvgIdColumn", 140, r -> r.channel().tvgId(), ChannelEdits::setTvgId, vm,
                Field.TVG_ID, Texts.get("editor.column.tvg-id.tip"), OverrunStyle.CENTER_ELLIPSIS));
        table.getColumns().add(text(Texts.get("editor.column.logo-url"), "logoUrlColumn", 180, r -> r.channel().logo(), ChannelEdits::setLogo, vm,
                Field.LOGO, Texts.get("editor.column.logo-url.tip"), OverrunStyle.CENTER_ELLIPSIS));
        table.getColumns().forEach(c -> {
            c.setSortable(false);
            c.setVisible(DEFAULT_COLUMNS.contains(c.getId()));
        });
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

    /** The guide channel whose programmes the channel shows: the mapping, else the tvg-id it is published with. */
    private static String guideId(ChannelRow r) {
        String mapped = r.channel().guideChannel();
        return mapped != null ? mapped : r.channel().tvgId();
    }

    /** A narrow column of short values: keeps its width, so the text columns get the rest of the table. */
    private static <T> TableColumn<ChannelRow, T> fixed(TableColumn<ChannelRow, T> col) {
        col.setMinWidth(col.getPrefWidth());
        col.setMaxWidth(col.getPrefWidth());
        col.setResizable(false);
        return col;
    }

    /** A read-only column; {@code note} gives a row's tooltip (null for none), above which a cut value shows whole. */
    private static TableColumn<ChannelRow, String> plain(String title, String id, double width,
                                                         Function<ChannelRow, String> get,
                                                         Function<ChannelRow, String> note) {
        TableColumn<ChannelRow, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setMinWidth(48);
        col.setEditable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(get.apply(c.getValue())));
        col.setCellFactory(c -> new PlainCell(note));
        return col;
    }

    /**
     * An inline-editable column; {@code field} non-null marks cells whose value is the provider's with
     * {@code providerTip}. The guide column marks an unmapped channel's id (its tvg-id) the same way.
     */
    private static TableColumn<ChannelRow, String> text(String title, String id, double width,
                                                        Function<ChannelRow, String> get,
                                                        BiFunction<String, String, LayoutEdit> edit,
                                                        LayoutEditorViewModel vm, Field field, String providerTip,
                                                        OverrunStyle cut) {
        TableColumn<ChannelRow, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setMinWidth(48);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(get.apply(c.getValue())));
        col.setCellFactory(c -> new ProviderAwareCell(field, providerTip, cut));
        col.setOnEditCommit(e -> {
            ChannelRow row = e.getRowValue();
            String v = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (v.equals(e.getOldValue() == null ? "" : e.getOldValue())) {
                return; // Enter without a change: the provider's value stays the provider's
            }
            try {
                vm.apply(edit.apply(row.key(), v));
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

    /** A read-only value, cut at its end with the whole value in the tooltip when the column is too narrow. */
    private static final class PlainCell extends TableCell<ChannelRow, String> {
        private final Function<ChannelRow, String> note;
        private final FullTextTooltip tooltip = new FullTextTooltip(this);

        PlainCell(Function<ChannelRow, String> note) {
            this.note = note;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            ChannelRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            tooltip.setNote(row == null ? null : note.apply(row));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            tooltip.refresh();
        }
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
