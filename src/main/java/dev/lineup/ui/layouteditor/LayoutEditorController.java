package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.ProviderResets.Field;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

/**
 * The layout editor's view: binds the controls to the view models, wires drag and drop and actions.
 * The channel table takes the space; groups sit in a narrow list; bulk actions live in one toolbar,
 * the table's context menu and the main menu.
 */
public final class LayoutEditorController {
    private final LayoutEditorViewModel vm;
    private final LayoutsViewModel layouts;
    private final SourceBrowserViewModel browser;
    private final LogoImages logos;
    private final Dialogs dialogs;
    private final EditorViewMemory memory;
    private final DragAndDrop dnd;
    private BulkActions actions;
    private LayoutManagement manage;
    private EditorViewState viewState;
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
    @FXML private MenuButton namesMenu;
    @FXML private MenuButton resetMenu;
    @FXML private MenuButton columnsMenu;
    @FXML private SplitPane split;
    @FXML private Node sourcePane;
    @FXML private Node groupsPane;
    @FXML private Node guidePanel;
    @FXML private Label message;
    @FXML private Label summary;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    private TimeShiftDialog timing;

    public LayoutEditorController(LayoutEditorViewModel vm, LayoutsViewModel layouts, SourceBrowserViewModel browser,
                                  LogoImages logos, Dialogs dialogs, EditorViewMemory memory) {
        this.vm = vm;
        this.layouts = layouts;
        this.browser = browser;
        this.logos = logos;
        this.dialogs = dialogs;
        this.memory = memory;
        this.dnd = new DragAndDrop(vm);
    }

    @FXML
    private void initialize() {
        actions = new BulkActions(vm, dialogs, this::selectedKeys);
        manage = new LayoutManagement(layouts, browser, dialogs, () -> channelTable.getScene().getWindow(),
                vm.messageProperty()::set);
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

        configureGroups();
        channelSearch.textProperty().bindBidirectional(vm.queryProperty());
        missingGuide.selectedProperty().bindBidirectional(vm.missingGuideProperty());
        missingLogo.selectedProperty().bindBidirectional(vm.missingLogoProperty());
        hiddenOnly.selectedProperty().bindBidirectional(vm.hiddenOnlyProperty());
        removedOnly.selectedProperty().bindBidirectional(vm.removedOnlyProperty());
        duplicatesOnly.selectedProperty().bindBidirectional(vm.duplicatesOnlyProperty());
        configureTable();
        namesMenu.getItems().setAll(nameItems());
        resetMenu.getItems().setAll(resetItems());
        resetMenu.setTooltip(new Tooltip(Texts.get("editor.reset-tooltip")));
        for (Node side : List.of(sourcePane, groupsPane, guidePanel)) {
            SplitPane.setResizableWithParent(side, false); // a wider window widens the table, not these
        }
        viewState = new EditorViewState(channelTable, split, columnsMenu, memory);
        message.textProperty().bind(vm.messageProperty());
        summary.textProperty().bind(vm.summaryProperty());
        undoButton.disableProperty().bind(vm.canUndoProperty().not());
        redoButton.disableProperty().bind(vm.canRedoProperty().not());
        undoButton.setOnAction(e -> vm.undo());
        redoButton.setOnAction(e -> vm.redo());
    }

    private void configureGroups() {
        groupList.setItems(vm.groups());
        groupList.setCellFactory(l -> {
            GroupCell cell = new GroupCell();
            dnd.groupCell(cell);
            return cell;
        });
        dnd.groupList(groupList);
        groupList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.selectedGroupProperty().get())) {
                vm.selectedGroupProperty().set(b);
            }
        });
        vm.selectedGroupProperty().addListener((o, a, b) -> groupList.getSelectionModel().select(b));
        groupList.setContextMenu(new ContextMenu(item(Texts.get("window.new-group"), actions::addGroup),
                item(Texts.get("editor.group.rename"), actions::renameGroup),
                item(Texts.get("editor.group.toggle-hidden"), actions::toggleGroupHidden),
                item(Texts.get("editor.group.sort"), actions::sortGroup),
                item(Texts.get("editor.group.up"), () -> actions.moveGroup(-1)),
                item(Texts.get("editor.group.down"), () -> actions.moveGroup(1)),
                item(Texts.get("window.time-shift-catch-up"), () -> timeShift(TimingForm.Scope.GROUP)), new SeparatorMenuItem(),
                item(Texts.get("editor.group.delete"), actions::deleteGroup)));
    }

    private void configureTable() {
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
        Menu names = new Menu(Texts.get("editor.names"));
        names.getItems().setAll(nameItems());
        Menu reset = new Menu(Texts.get("window.reset-provider-value"));
        reset.getItems().setAll(resetItems());
        channelTable.setContextMenu(new ContextMenu(item(Texts.get("window.move-group"), actions::moveToGroup),
                item(Texts.get("window.hide"), () -> actions.setHidden(true)),
                item(Texts.get("window.show"), () -> actions.setHidden(false)),
                new SeparatorMenuItem(), names, item(Texts.get("window.renumber-from"), actions::renumber), reset,
                item(Texts.get("window.time-shift-catch-up"), () -> timeShift(TimingForm.Scope.SELECTION)),
                new SeparatorMenuItem(), item(Texts.get("editor.remove-from-layout"), actions::remove)));
        channelTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                actions.remove();
                e.consume();
            }
        });
    }

    private List<MenuItem> nameItems() {
        return List.of(item(Texts.get("editor.find-replace"), actions::findReplace, "findReplaceItem"),
                item(Texts.get("window.upper-case"), actions::upperCase, "upperCaseItem"),
                item(Texts.get("window.sentence-case"), actions::sentenceCase),
                item(Texts.get("window.prefix-suffix"), actions::prefixSuffix));
    }

    /** "Reset to provider value": every field, or one; on the selected channels, one undo step. */
    private List<MenuItem> resetItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item(Texts.get("window.all-values"), () -> resetToProvider(EnumSet.allOf(Field.class)), "resetAllItem"));
        items.add(new SeparatorMenuItem());
        for (Field f : Field.values()) {
            String label = f == Field.TVG_ID ? "tvg-id" : Character.toUpperCase(f.label().charAt(0)) + f.label().substring(1);
            items.add(item(label, () -> resetToProvider(EnumSet.of(f)), "reset" + f.name() + "Item"));
        }
        return items;
    }

    public void resetToProvider(java.util.Set<Field> fields) {
        List<String> keys = selectedKeys();
        if (keys.isEmpty()) {
            vm.messageProperty().set(Texts.get("editor.select-first"));
        } else {
            vm.resetToProvider(keys, fields);
        }
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

    private static MenuItem item(String text, Runnable r, String id) {
        MenuItem m = item(text, r);
        m.setId(id);
        return m;
    }

    /**
     * Shows new rows keeping the selected channels selected, so bulk actions can follow one another
     * (rename, then UPPER CASE, then move) without selecting again.
     */
    private void showRows(javafx.collections.ObservableList<ChannelRow> rows) {
        if (channelTable.getPlaceholder() instanceof Label placeholder) {
            // An empty table says why: nothing in the group yet, or a search and filters that match nothing.
            placeholder.setText(vm.filter().equals(dev.lineup.layout.ChannelFilter.ALL) ? ChannelTable.EMPTY
                    : Texts.get("editor.table.nothing-matches"));
        }
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

    /** Ctrl+N: a new layout, empty or from a source (asks which). */
    @FXML public void newLayout() { manage.newLayout(); }
    @FXML public void newLayoutFromSource() { manage.newFromSource(); }
    @FXML public void duplicateLayout() { manage.duplicate(); }
    @FXML public void renameLayout() { manage.rename(); }
    @FXML public void editFileName() { manage.editFileName(); }
    @FXML public void deleteLayout() { manage.delete(); }
    @FXML public void importLayout() { manage.importFile(); }
    @FXML public void exportLayout() { manage.exportFile(); }
    @FXML private void moveToGroup() { actions.moveToGroup(); }
    @FXML private void hide() { actions.setHidden(true); }
    @FXML private void show() { actions.setHidden(false); }
    @FXML private void renumber() { actions.renumber(); }
    @FXML private void remove() { actions.remove(); }
    @FXML private void addGroup() { actions.addGroup(); }
}
