package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.ui.common.Dialogs;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;

/** The layout editor's view: binds the controls to the view models, wires drag and drop and actions. */
public final class LayoutEditorController {
    private final LayoutEditorViewModel vm;
    private final LayoutsViewModel layouts;
    private final SourceBrowserViewModel browser;
    private final LogoImages logos;
    private final Dialogs dialogs;
    private final DragAndDrop dnd;
    private BulkActions actions;
    @FXML private ComboBox<String> layoutChoice;
    @FXML private ComboBox<String> sourceChoice;
    @FXML private TextField sourceSearch;
    @FXML private TreeView<Object> sourceTree;
    @FXML private Label sourceStatus;
    @FXML private ListView<GroupItem> groupList;
    @FXML private TextField channelSearch;
    @FXML private ToggleButton missingGuide;
    @FXML private ToggleButton missingLogo;
    @FXML private ToggleButton hiddenOnly;
    @FXML private ToggleButton removedOnly;
    @FXML private ToggleButton duplicatesOnly;
    @FXML private TableView<ChannelRow> channelTable;
    @FXML private Label message;
    @FXML private Label summary;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    private TimeShiftDialog timing;

    public LayoutEditorController(LayoutEditorViewModel vm, LayoutsViewModel layouts, SourceBrowserViewModel browser,
                                  LogoImages logos, Dialogs dialogs) {
        this.vm = vm;
        this.layouts = layouts;
        this.browser = browser;
        this.logos = logos;
        this.dialogs = dialogs;
        this.dnd = new DragAndDrop(vm);
    }

    @FXML
    private void initialize() {
        actions = new BulkActions(vm, dialogs, this::selectedKeys);
        timing = new TimeShiftDialog(vm, dialogs);
        layoutChoice.setItems(layouts.names());
        layoutChoice.valueProperty().bindBidirectional(layouts.currentProperty());
        layoutChoice.valueProperty().addListener((o, a, b) -> layouts.open(b));

        sourceChoice.setItems(browser.sources());
        sourceChoice.valueProperty().bindBidirectional(browser.sourceProperty());
        sourceSearch.textProperty().bindBidirectional(browser.queryProperty());
        sourceStatus.textProperty().bind(browser.statusProperty());
        SourceTree.configure(sourceTree, dnd);
        browser.categoriesProperty().addListener((o, a, b) ->
                SourceTree.show(sourceTree, b, !browser.queryProperty().get().isBlank()));
        sourceTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelectedSourceChannels();
                e.consume();
            }
        });

        groupList.setItems(vm.groups());
        groupList.setCellFactory(l -> {
            ListCell<GroupItem> cell = new ListCell<>() {
                @Override
                protected void updateItem(GroupItem g, boolean empty) {
                    super.updateItem(g, empty);
                    setText(empty || g == null ? null : g.isAll() ? "All groups"
                            : g.name() + "  (" + g.channels() + ")" + (g.hidden() ? "  · hidden" : ""));
                }
            };
            dnd.groupCell(cell);
            return cell;
        });
        groupList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.selectedGroupProperty().get())) {
                vm.selectedGroupProperty().set(b);
            }
        });
        vm.selectedGroupProperty().addListener((o, a, b) -> groupList.getSelectionModel().select(b));
        groupList.setContextMenu(new ContextMenu(item("New group…", actions::addGroup),
                item("Rename group…", actions::renameGroup), item("Hide / show group", actions::toggleGroupHidden),
                item("Sort A–Z", actions::sortGroup), item("Move up", () -> actions.moveGroup(-1)),
                item("Move down", () -> actions.moveGroup(1)),
                item("Time shift and catch-up…", () -> timeShift(TimingForm.Scope.GROUP)), new SeparatorMenuItem(),
                item("Delete group", actions::deleteGroup)));

        channelSearch.textProperty().bindBidirectional(vm.queryProperty());
        missingGuide.selectedProperty().bindBidirectional(vm.missingGuideProperty());
        missingLogo.selectedProperty().bindBidirectional(vm.missingLogoProperty());
        hiddenOnly.selectedProperty().bindBidirectional(vm.hiddenOnlyProperty());
        removedOnly.selectedProperty().bindBidirectional(vm.removedOnlyProperty());
        duplicatesOnly.selectedProperty().bindBidirectional(vm.duplicatesOnlyProperty());
        ChannelTable.configure(channelTable, vm, logos);
        var rowFactory = channelTable.getRowFactory();
        channelTable.setRowFactory(t -> {
            TableRow<ChannelRow> row = rowFactory.call(t);
            dnd.channelRow(row, this::selectedKeys);
            return row;
        });
        dnd.table(channelTable);
        channelTable.setItems(vm.rowsProperty().get());
        vm.rowsProperty().addListener((o, a, b) -> showRows(b));
        channelTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.currentRowProperty().set(b));
        logos.onArrival(channelTable::refresh);
        channelTable.setContextMenu(channelMenu());
        channelTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                actions.remove();
                e.consume();
            }
        });
        message.textProperty().bind(vm.messageProperty());
        summary.textProperty().bind(vm.summaryProperty());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        undoButton.setOnAction(e -> vm.undo());
        redoButton.setOnAction(e -> vm.redo());
    }

    private ContextMenu channelMenu() {
        return new ContextMenu(item("Move to group…", actions::moveToGroup), item("Hide", () -> actions.setHidden(true)),
                item("Show", () -> actions.setHidden(false)), new SeparatorMenuItem(),
                item("Find and replace in names…", actions::findReplace), item("UPPER CASE", actions::upperCase),
                item("Sentence case", actions::sentenceCase), item("Prefix / suffix…", actions::prefixSuffix),
                item("Renumber from…", actions::renumber),
                item("Time shift and catch-up…", () -> timeShift(TimingForm.Scope.SELECTION)), new SeparatorMenuItem(),
                item("Remove from layout", actions::remove));
    }

    /** "Time shift and catch-up…" from the menu bar: for the selected channels, else the current group. */
    public void timeShift() {
        timeShift(TimingForm.Scope.SELECTION);
    }

    private void timeShift(TimingForm.Scope scope) {
        GroupItem g = vm.selectedGroupProperty().get();
        timing.show(scope, selectedKeys(), g == null || g.isAll() ? null : g.name(), List.copyOf(browser.sources()));
    }

    private static MenuItem item(String text, Runnable r) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> r.run());
        return m;
    }

    /**
     * Shows new rows keeping the selected channels selected, so bulk actions can follow one another
     * (rename, then UPPER CASE, then move) without selecting again.
     */
    private void showRows(javafx.collections.ObservableList<ChannelRow> rows) {
        java.util.Set<String> keep = new java.util.HashSet<>(selectedKeys());
        int focus = channelTable.getFocusModel().getFocusedIndex();
        channelTable.setItems(rows);
        if (keep.isEmpty()) {
            return;
        }
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (keep.contains(rows.get(i).key())) {
                at.add(i);
            }
        }
        if (!at.isEmpty()) {
            int[] rest = at.subList(1, at.size()).stream().mapToInt(Integer::intValue).toArray();
            channelTable.getSelectionModel().selectIndices(at.get(0), rest);
            channelTable.getFocusModel().focus(focus >= 0 && focus < rows.size() ? focus : at.get(0));
        }
    }

    /** Keys of the selected rows, in table order, each once. */
    List<String> selectedKeys() {
        List<String> keys = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ChannelRow r : channelTable.getSelectionModel().getSelectedItems()) {
            if (r != null && seen.add(r.key())) {
                keys.add(r.key());
            }
        }
        return keys;
    }

    /** Adds the channels selected in the source browser at the end of the selected group (keyboard: Enter). */
    @FXML
    public void addSelectedSourceChannels() {
        List<SourceChannelRef> refs = SourceTree.selected(sourceTree);
        if (!refs.isEmpty()) {
            String g = vm.defaultGroup();
            vm.apply(ChannelEdits.add(refs, g, Integer.MAX_VALUE));
        }
    }

    public BulkActions actions() {
        return actions;
    }

    public void focusSearch() {
        channelSearch.requestFocus();
        channelSearch.selectAll();
    }

    public void focusSourceSearch() {
        sourceSearch.requestFocus();
        sourceSearch.selectAll();
    }

    @FXML
    private void clearFilters() {
        vm.queryProperty().set("");
        vm.missingGuideProperty().set(false);
        vm.missingLogoProperty().set(false);
        vm.hiddenOnlyProperty().set(false);
        vm.removedOnlyProperty().set(false);
        vm.duplicatesOnlyProperty().set(false);
    }

    @FXML
    public void newLayout() {
        dialogs.askText("New layout", "Layout name:", "").filter(n -> !n.isBlank()).ifPresent(n -> layouts.create(n.strip()));
    }

    /** A layout with every enabled category of the source shown in the source browser. */
    @FXML
    public void newLayoutFromSource() {
        String src = browser.sourceProperty().get();
        if (src != null) {
            dialogs.askText("New layout from " + src, "Layout name:", src).filter(n -> !n.isBlank())
                    .ifPresent(n -> layouts.createFromSource(n.strip(), src));
        }
    }

    @FXML
    public void duplicateLayout() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            dialogs.askText("Duplicate layout", "Name of the copy:", cur + " copy").filter(n -> !n.isBlank())
                    .ifPresent(n -> layouts.duplicate(n.strip()));
        }
    }

    @FXML
    public void renameLayout() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            dialogs.askText("Rename layout", "New name:", cur).filter(n -> !n.isBlank() && !n.strip().equals(cur))
                    .ifPresent(n -> layouts.rename(n.strip()));
        }
    }

    @FXML
    public void deleteLayout() {
        String cur = layouts.currentProperty().get();
        if (cur != null && dialogs.confirm("Delete layout", "Delete the layout '" + cur + "'? This cannot be undone.")) {
            layouts.delete();
        }
    }

    @FXML
    public void importLayout() {
        FileChooser fc = chooser("Import layout");
        java.io.File f = fc.showOpenDialog(channelTable.getScene().getWindow());
        if (f != null) {
            layouts.importFile(f.toPath());
        }
    }

    @FXML
    public void exportLayout() {
        String cur = layouts.currentProperty().get();
        if (cur == null) {
            return;
        }
        FileChooser fc = chooser("Export layout");
        fc.setInitialFileName(cur + ".json");
        java.io.File f = fc.showSaveDialog(channelTable.getScene().getWindow());
        if (f != null) {
            layouts.exportFile(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Layout JSON", "*.json"));
        return fc;
    }

    @FXML private void moveToGroup() { actions.moveToGroup(); }
    @FXML private void hide() { actions.setHidden(true); }
    @FXML private void show() { actions.setHidden(false); }
    @FXML private void findReplace() { actions.findReplace(); }
    @FXML private void upperCase() { actions.upperCase(); }
    @FXML private void sentenceCase() { actions.sentenceCase(); }
    @FXML private void prefixSuffix() { actions.prefixSuffix(); }
    @FXML private void renumber() { actions.renumber(); }
    @FXML private void sortGroup() { actions.sortGroup(); }
    @FXML private void remove() { actions.remove(); }
    @FXML private void addGroup() { actions.addGroup(); }
}
