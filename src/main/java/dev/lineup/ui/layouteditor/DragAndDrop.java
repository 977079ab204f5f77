package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.SourceChannelRef;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.control.Cell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Drag and drop from the source browser into the layout and within it. Uses JavaFX's in-scene
 * press-drag-release gesture rather than the platform's clipboard DnD: nothing leaves the window,
 * and it behaves the same on every OS and in headless tests. A drop on the upper half of a row goes
 * before that row, on the lower half after it; on a group or empty space, at the end of the group.
 */
final class DragAndDrop {
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");
    private final LayoutEditorViewModel vm;
    private Object payload;

    private record FromSource(List<SourceChannelRef> refs) {
    }

    private record FromLayout(List<String> keys) {
    }

    DragAndDrop(LayoutEditorViewModel vm) {
        this.vm = vm;
    }

    void dragSourceChannels(Cell<?> cell, Supplier<List<SourceChannelRef>> selection) {
        cell.setOnDragDetected(e -> {
            List<SourceChannelRef> refs = selection.get();
            if (!cell.isEmpty() && !refs.isEmpty()) {
                payload = new FromSource(refs);
                cell.startFullDrag();
                e.consume();
            }
        });
    }

    void channelRow(TableRow<ChannelRow> row, Supplier<List<String>> selectedKeys) {
        row.setOnDragDetected(e -> {
            List<String> keys = selectedKeys.get();
            if (!row.isEmpty() && !keys.isEmpty()) {
                payload = new FromLayout(keys);
                row.startFullDrag();
                e.consume();
            }
        });
        highlight(row);
        row.setOnMouseDragReleased(e -> {
            ChannelRow r = row.getItem();
            row.pseudoClassStateChanged(TARGET, false);
            if (r == null || payload == null) {
                return;
            }
            boolean after = e.getY() > row.getHeight() / 2;
            drop(r.group(), r.channelIndex() + (after ? 1 : 0));
            e.consume();
        });
    }

    void table(TableView<ChannelRow> table) {
        table.setOnMouseDragReleased(e -> {
            if (payload != null) {
                String g = vm.defaultGroup();
                drop(g, vm.groupSize(g));
            }
        });
    }

    void groupCell(Cell<GroupItem> cell) {
        highlight(cell);
        cell.setOnMouseDragReleased(e -> {
            cell.pseudoClassStateChanged(TARGET, false);
            GroupItem g = cell.getItem();
            if (g != null && !g.isAll() && payload != null) {
                drop(g.name(), Integer.MAX_VALUE);
                e.consume();
            }
        });
    }

    private void highlight(Cell<?> cell) {
        cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(TARGET, payload != null && !cell.isEmpty()));
        cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(TARGET, false));
    }

    private void drop(String group, int index) {
        Object p = payload;
        payload = null;
        if (p instanceof FromSource) {
            vm.apply(ChannelEdits.add(((FromSource) p).refs(), group, index));
        } else if (p instanceof FromLayout) {
            vm.apply(ChannelEdits.move(((FromLayout) p).keys(), group, index));
        }
    }
}
