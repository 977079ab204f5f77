package dev.lineup.ui.layouteditor;

import dev.lineup.layout.SourceChannelRef;
import dev.lineup.ui.common.FullTextTooltip;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The source browser's tree: categories, and their channels created only when a category is opened,
 * so a 100k-channel source costs a few hundred tree items until the user looks inside.
 */
final class SourceTree {
    private static final int EXPAND_BELOW = 300;

    private SourceTree() {
    }

    static void configure(TreeView<Object> tree, DragAndDrop dnd) {
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>("root"));
        tree.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> {
            SourceCell cell = new SourceCell();
            dnd.dragSourceChannels(cell, () -> selected(tree), () -> onlyCategories(tree));
            return cell;
        });
    }

    static void show(TreeView<Object> tree, List<SourceBrowserViewModel.Category> categories, boolean searching) {
        List<TreeItem<Object>> items = new ArrayList<>(categories.size());
        int total = categories.stream().mapToInt(c -> c.channels().size()).sum();
        for (SourceBrowserViewModel.Category c : categories) {
            CategoryItem item = new CategoryItem(c);
            item.setExpanded(searching && total <= EXPAND_BELOW);
            items.add(item);
        }
        tree.getRoot().getChildren().setAll(items);
    }

    /** True when whole categories, and nothing else, are selected: a drop makes a group of each one's name. */
    static boolean onlyCategories(TreeView<Object> tree) {
        var items = tree.getSelectionModel().getSelectedItems();
        return !items.isEmpty() && items.stream()
                .allMatch(i -> i != null && i.getValue() instanceof SourceBrowserViewModel.Category);
    }

    /** The selected channels; a selected category stands for all of its channels. */
    static List<SourceChannelRef> selected(TreeView<Object> tree) {
        List<SourceChannelRef> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TreeItem<Object> i : tree.getSelectionModel().getSelectedItems()) {
            if (i == null) {
                continue;
            }
            Object v = i.getValue();
            List<SourceChannelRef> refs = v instanceof SourceChannelRef ? List.of((SourceChannelRef) v)
                    : v instanceof SourceBrowserViewModel.Category ? ((SourceBrowserViewModel.Category) v).channels()
                    : List.of();
            for (SourceChannelRef r : refs) {
                if (seen.add(r.sourceKey())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static final class CategoryItem extends TreeItem<Object> {
        private boolean filled;

        CategoryItem(SourceBrowserViewModel.Category c) {
            super(c);
        }

        @Override
        public boolean isLeaf() {
            return false;
        }

        @Override
        public ObservableList<TreeItem<Object>> getChildren() {
            if (!filled) {
                filled = true;
                List<TreeItem<Object>> kids = new ArrayList<>();
                for (SourceChannelRef r : ((SourceBrowserViewModel.Category) getValue()).channels()) {
                    kids.add(new TreeItem<>(r));
                }
                super.getChildren().setAll(kids);
            }
            return super.getChildren();
        }
    }

    /**
     * A channel (its name cut at its end when the pane is narrow, whole in the tooltip) or a category (its name
     * cut, its count always visible, the tooltip naming the group a drag makes). Never wider than the pane:
     * the tree does not scroll sideways.
     */
    static final class SourceCell extends TreeCell<Object> {
        private final NameWithCount category = new NameWithCount();
        private final FullTextTooltip tooltip = new FullTextTooltip(this);

        SourceCell() {
            setMinWidth(0);
            setPrefWidth(0);
            setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (item instanceof SourceBrowserViewModel.Category c && !empty) {
                String count = "(" + c.channels().size() + ")";
                category.show(c.name(), count);
                setText(c.name() + "  " + count);
                setGraphic(category);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                tooltip.setNote(c.name() + "  " + count + "\nDrag into the layout to add it as the group \""
                        + DragAndDrop.groupName(c.name()) + "\"");
            } else {
                setText(empty || item == null ? null : ((SourceChannelRef) item).name());
                setGraphic(null);
                setContentDisplay(ContentDisplay.TEXT_ONLY);
                tooltip.setNote(null);
            }
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            tooltip.refresh();
        }

        /** The category's name and count (for tests: the name is the part that is cut). */
        NameWithCount categoryParts() {
            return category;
        }
    }
}
