package dev.lineup.ui.layouteditor;

import dev.lineup.layout.SourceChannelRef;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
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
            TreeCell<Object> cell = new TreeCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(null);
                    if (empty || item == null) {
                        setText(null);
                    } else if (item instanceof SourceChannelRef) {
                        setText(((SourceChannelRef) item).name());
                    } else {
                        SourceBrowserViewModel.Category c = (SourceBrowserViewModel.Category) item;
                        setText(c.name() + "  (" + c.channels().size() + ")");
                        setTooltip(new javafx.scene.control.Tooltip("Drag into the layout to add it as the group \""
                                + DragAndDrop.groupName(c.name()) + "\""));
                    }
                }
            };
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
}
