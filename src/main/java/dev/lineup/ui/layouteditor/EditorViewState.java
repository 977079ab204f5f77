package dev.lineup.ui.layouteditor;

import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * The editor's column chooser and pane sizes: the Columns menu (and a right click on a column header) shows
 * and hides table columns, and the choice and the divider positions are remembered ({@link EditorViewMemory})
 * a moment after they change, so the editor opens next time as the user left it.
 */
final class EditorViewState {
    private static final Duration SAVE_AFTER = Duration.millis(800);
    /** Default widths in pixels of the panes beside the table: at least these, a little more on a wide window. */
    private static final double SOURCE_PANE = 200;
    private static final double GROUP_LIST = 150;
    private static final double GUIDE_PANEL = 240;
    private final TableView<ChannelRow> table;
    private final SplitPane split;
    private final EditorViewMemory memory;
    private final PauseTransition saveLater = new PauseTransition(SAVE_AFTER);
    private boolean restored;

    EditorViewState(TableView<ChannelRow> table, SplitPane split, MenuButton columnsMenu, EditorViewMemory memory) {
        this.table = table;
        this.split = split;
        this.memory = memory;
        columnsMenu.getItems().setAll(columnItems("show-"));
        // The same choice on a right click on any column header, as in a file manager.
        ContextMenu headerMenu = new ContextMenu();
        headerMenu.getItems().setAll(columnItems("header-show-"));
        for (TableColumn<ChannelRow, ?> c : table.getColumns()) {
            c.setContextMenu(headerMenu);
            c.visibleProperty().addListener(o -> changed());
        }
        split.getDividers().forEach(d -> d.positionProperty().addListener(o -> changed()));
        saveLater.setOnFinished(e -> memory.save(current()));
        memory.load(this::restore);
    }

    /** A check item per column (ids {@code idPrefix + column id}) and "Default columns". */
    private List<MenuItem> columnItems(String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        for (TableColumn<ChannelRow, ?> c : table.getColumns()) {
            CheckMenuItem item = new CheckMenuItem(c.getText());
            item.setId(idPrefix + c.getId());
            item.selectedProperty().bindBidirectional(c.visibleProperty());
            items.add(item);
        }
        MenuItem defaults = new MenuItem(Texts.get("editor.columns.default"));
        defaults.setOnAction(e -> showColumns(ChannelTable.DEFAULT_COLUMNS));
        items.add(new SeparatorMenuItem());
        items.add(defaults);
        return items;
    }

    private void restore(EditorViewMemory.View v) {
        if (!v.columns().isEmpty()) {
            showColumns(v.columns());
        }
        whenLaidOut(() -> {
            double[] d = v.dividers().length == split.getDividers().size() ? v.dividers() : defaultDividers();
            if (d.length == split.getDividers().size()) {
                // Each divider is kept clear of its neighbours' places as the split pane last laid them
                // out (not their new positions), so each one is laid out before the next is set: from the
                // right, then from the left, every divider reaches its place whichever way it moves.
                for (int i = d.length - 1; i >= 0; i--) {
                    moveDivider(i, d[i]);
                }
                for (int i = 0; i < d.length; i++) {
                    moveDivider(i, d[i]);
                }
            }
            restored = true;
            saveLater.stop();
        });
    }

    /**
     * Until the user moves them: the source pane, the group list and the guide panel at widths that show their
     * usual entries whole, the table the rest at any window width (the FXML's positions on a very narrow one).
     */
    private double[] defaultDividers() {
        double width = split.getWidth();
        if (split.getDividers().size() != 3 || width < SOURCE_PANE + GROUP_LIST + GUIDE_PANEL + 360) {
            return new double[0];
        }
        double source = share(SOURCE_PANE, 0.15, width);
        double groups = share(GROUP_LIST, 0.10, width);
        double guide = share(GUIDE_PANEL, 0.18, width);
        return new double[] {source / width, (source + groups) / width, (width - guide) / width};
    }

    /** {@code least} pixels, or {@code fraction} of the width on a wide window, up to a third more than least. */
    private static double share(double least, double fraction, double width) {
        return Math.max(least, Math.min(least * 4 / 3, fraction * width));
    }

    private void moveDivider(int index, double position) {
        split.getDividers().get(index).setPosition(position);
        split.layout();
    }

    /**
     * Runs {@code r} once the split pane has its width: positions set before that are recomputed at the
     * first layout (the side panes keep their size in pixels, see {@code setResizableWithParent}).
     */
    private void whenLaidOut(Runnable r) {
        // A short pause after the pane first has a width: the first layout passes size the panes from
        // their preferred widths and would undo positions set before.
        PauseTransition settle = new PauseTransition(Duration.millis(250));
        settle.setOnFinished(e -> r.run());
        if (split.getWidth() > 0) {
            settle.play();
            return;
        }
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    settle.play();
                }
            }
        });
    }

    private void showColumns(List<String> ids) {
        table.getColumns().forEach(c -> c.setVisible(ids.contains(c.getId())));
    }

    private void changed() {
        if (restored) {
            saveLater.playFromStart();
        }
    }

    EditorViewMemory.View current() {
        List<String> shown = table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getId).toList();
        return new EditorViewMemory.View(shown, split.getDividerPositions());
    }
}
