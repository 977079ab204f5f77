package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.Layout;
import dev.lineup.ui.common.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Cell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Drag and drop from the source browser into the layout and within it. Uses JavaFX's in-scene
 * press-drag-release gesture rather than the platform's clipboard DnD: nothing leaves the window,
 * and it behaves the same on every OS and in headless tests.
 *
 * <p>Where a drop lands: a dragged source category becomes a group of its name (added to when it
 * exists), whether dropped on the table or on the Groups list, unless it is dropped on a group, which
 * then receives its channels. Single channels dropped on the upper half of a row go before that row,
 * on the lower half after it; on a group, at its end; on empty table space, at the end of the selected
 * group (with "All groups" selected, or into empty space of the Groups list: into groups named after
 * their categories). Every drop target highlights while something is dragged over it.
 */
final class DragAndDrop {
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");
    private final LayoutEditorViewModel vm;
    private Object payload;

    /** @param categories true when whole source categories were dragged */
    private record FromSource(List<SourceChannelRef> refs, boolean categories) {
    }

    private record FromLayout(List<String> keys) {
    }

    DragAndDrop(LayoutEditorViewModel vm) {
        this.vm = vm;
    }

    /** The group a source category becomes: its name, or a plain name for channels without a category. */
    static String groupName(String category) {
        return category == null || category.isBlank() ? Texts.get("editor.group.other-channels") : category.strip();
    }

    void dragSourceChannels(Cell<?> cell, Supplier<List<SourceChannelRef>> selection, BooleanSupplier onlyCategories) {
        cell.setOnDragDetected(e -> {
            List<SourceChannelRef> refs = selection.get();
            if (!cell.isEmpty() && !refs.isEmpty()) {
                payload = new FromSource(refs, onlyCategories.getAsBoolean());
                cell.startFullDrag();
                e.consume();
            }
        });
        // A drag that ends outside every target leaves nothing behind for the next gesture.
        cell.setOnMouseReleased(e -> payload = null);
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
        row.setOnMouseReleased(e -> payload = null);
        highlight(row);
        row.setOnMouseDragReleased(e -> {
            ChannelRow r = row.getItem();
            row.pseudoClassStateChanged(TARGET, false);
            if (r == null || payload == null) {
                return;
            }
            if (payload instanceof FromSource s && s.categories()) {
                dropAsGroups(s.refs());
            } else {
                boolean after = e.getY() > row.getHeight() / 2;
                drop(r.group(), r.channelIndex() + (after ? 1 : 0));
            }
            e.consume();
        });
    }

    void table(TableView<ChannelRow> table) {
        highlightWhole(table);
        table.setOnMouseDragReleased(e -> {
            table.pseudoClassStateChanged(TARGET, false);
            if (payload instanceof FromSource s && (s.categories() || vm.selectedGroupProperty().get().isAll())) {
                dropAsGroups(s.refs());
            } else if (payload != null) {
                String g = vm.defaultGroup();
                drop(g, vm.groupSize(g));
            }
        });
    }

    /** Empty space of the Groups list: source channels become groups of their categories' names. */
    void groupList(ListView<GroupItem> list) {
        highlightWhole(list);
        list.setOnMouseDragReleased(e -> {
            list.pseudoClassStateChanged(TARGET, false);
            if (payload instanceof FromSource s) {
                dropAsGroups(s.refs());
            } else {
                payload = null;
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
            } else if (g != null && g.isAll() && payload instanceof FromSource s) {
                dropAsGroups(s.refs());
                e.consume();
            }
        });
    }

    private void highlight(Cell<?> cell) {
        cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(TARGET, payload != null && !cell.isEmpty()));
        cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(TARGET, false));
    }

    /** A whole control as a drop target: outlined while a drag is over it (its cells mark the exact place). */
    private void highlightWhole(Node node) {
        node.setOnMouseDragEntered(e -> node.pseudoClassStateChanged(TARGET, payload != null));
        node.setOnMouseDragExited(e -> node.pseudoClassStateChanged(TARGET, false));
    }

    private void drop(String group, int index) {
        Object p = payload;
        payload = null;
        if (p instanceof FromSource s) {
            vm.apply(ChannelEdits.add(s.refs(), group, index));
        } else if (p instanceof FromLayout l) {
            vm.apply(ChannelEdits.move(l.keys(), group, index));
        }
    }

    /** Adds the channels, each into the group named after its source category (created at the end): one undo step. */
    private void dropAsGroups(List<SourceChannelRef> refs) {
        payload = null;
        Map<String, List<SourceChannelRef>> byGroup = new LinkedHashMap<>();
        for (SourceChannelRef r : refs) {
            byGroup.computeIfAbsent(groupName(r.group()), g -> new java.util.ArrayList<>()).add(r);
        }
        List<LayoutEdit> adds = byGroup.entrySet().stream()
                .map(en -> ChannelEdits.add(en.getValue(), en.getKey(), Integer.MAX_VALUE)).toList();
        String what = byGroup.size() == 1 ? Texts.get("editor.drop.as-group", byGroup.keySet().iterator().next())
                : Texts.get("editor.drop.as-groups", byGroup.size());
        vm.apply(LayoutEdit.of(Texts.get("editor.drop.add", refs.size(), what),
                layout -> {
                    Layout l = layout;
                    for (LayoutEdit add : adds) {
                        l = add.apply(l);
                    }
                    return l;
                }));
        if (byGroup.size() == 1) {
            String name = byGroup.keySet().iterator().next();
            vm.groups().stream().filter(g -> name.equals(g.name())).findFirst().ifPresent(g -> vm.selectedGroupProperty().set(g));
        }
    }
}
