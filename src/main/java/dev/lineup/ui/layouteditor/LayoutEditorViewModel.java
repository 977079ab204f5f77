package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelFilter;
import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.LayoutEditor;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.SearchIndex;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import dev.lineup.layout.ProviderResets;
import dev.lineup.model.ProviderFields;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.ui.common.Texts;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the layout editor: the edited layout and its history ({@link LayoutEditor}), the group
 * list, the search text and filter flags, and the rows they select. Every edit goes through
 * {@link #apply}, so every edit is one undo step. Knows no control. UI thread only.
 */
public final class LayoutEditorViewModel {
    private LayoutEditor editor;
    private SearchIndex index;
    private Layout duplicatesOf;
    private Set<String> duplicates = Set.of();
    private Set<String> removedKeys = Set.of();
    private Map<String, ProviderFields> provider = Map.of();
    private final ObservableList<GroupItem> groups = FXCollections.observableArrayList();
    private final ObjectProperty<GroupItem> selectedGroup = new SimpleObjectProperty<>(GroupItem.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty missingGuide = new SimpleBooleanProperty();
    private final BooleanProperty missingLogo = new SimpleBooleanProperty();
    private final BooleanProperty hiddenOnly = new SimpleBooleanProperty();
    private final BooleanProperty removedOnly = new SimpleBooleanProperty();
    private final BooleanProperty duplicatesOnly = new SimpleBooleanProperty();
    private final ObjectProperty<ObservableList<ChannelRow>> rows =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty(Texts.get("window.undo"));
    private final StringProperty redoText = new SimpleStringProperty(Texts.get("window.redo"));
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final ObjectProperty<ChannelRow> currentRow = new SimpleObjectProperty<>();

    public LayoutEditorViewModel() {
        InvalidationListener refresh = o -> refreshRows();
        for (javafx.beans.Observable p : List.of(selectedGroup, query, missingGuide, missingLogo, hiddenOnly,
                removedOnly, duplicatesOnly)) {
            p.addListener(refresh);
        }
    }

    /** Shows {@code layout} with a fresh history; {@code prebuilt} may be its search index built off the UI thread. */
    public void open(Layout layout, SearchIndex prebuilt, Set<String> removed) {
        open(layout, prebuilt, removed, Map.of());
    }

    /** As above, with what the providers give its channels ({@link LayoutService#providerFields}). */
    public void open(Layout layout, SearchIndex prebuilt, Set<String> removed, Map<String, ProviderFields> provided) {
        provider = Map.copyOf(provided);
        duplicatesOf = null;
        editor = new LayoutEditor(layout);
        editor.addListener((l, d) -> changed(true));
        index = prebuilt != null && prebuilt.layout() == layout ? prebuilt : null;
        removedKeys = Set.copyOf(removed);
        open.set(true);
        message.set("");
        selectedGroup.set(GroupItem.ALL);
        changed(false);
    }

    /** New "removed by provider" keys (after a refresh), keeping the layout and its history. */
    public void setRemovedKeys(Set<String> removed) {
        removedKeys = Set.copyOf(removed);
        refreshRows();
    }

    public Layout layout() {
        return editor == null ? null : editor.layout();
    }

    /** Applies one edit as one undo step; a refused edit (bad number, empty name…) becomes the message. */
    public boolean apply(LayoutEdit edit) {
        if (editor == null) {
            return false;
        }
        try {
            boolean changed = editor.apply(edit);
            message.set(changed ? edit.description() : Texts.get("editor.nothing-to-change", edit.description()));
            return changed;
        } catch (LayoutEditException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (editor != null && editor.canUndo()) {
            editor.undo();
            message.set(editor.redoDescription().map(d -> Texts.get("editor.undone", d)).orElse(""));
        }
    }

    public void redo() {
        if (editor != null && editor.canRedo()) {
            editor.redo();
            message.set(editor.undoDescription().map(d -> Texts.get("editor.redone", d)).orElse(""));
        }
    }

    /** Called after every edit, undo and redo of the layout (not on open), e.g. to save it. */
    public void onLayoutChanged(Runnable r) {
        changeListeners.add(r);
    }

    public List<String> groupNames() {
        Layout l = layout();
        return l == null ? List.of() : l.groups().stream().map(LayoutGroup::name).toList();
    }

    /** The group a drop on empty space or "Add" goes to: the selected one, else the first. */
    public String defaultGroup() {
        GroupItem g = selectedGroup.get();
        if (g != null && !g.isAll()) {
            return g.name();
        }
        List<String> names = groupNames();
        return names.isEmpty() ? Texts.get("editor.group.default-name") : names.get(0);
    }

    public int groupSize(String name) {
        Layout l = layout();
        return l == null ? 0 : l.groups().stream().filter(g -> g.name().equals(name))
                .mapToInt(g -> g.channels().size()).findFirst().orElse(0);
    }

    public ChannelFilter filter() {
        return new ChannelFilter(query.get(), missingGuide.get(), missingLogo.get(), hiddenOnly.get(),
                removedOnly.get(), duplicatesOnly.get());
    }

    /** @param edited true for an edit, undo or redo (worth saving); false when a layout was just opened */
    private void changed(boolean edited) {
        Layout l = editor.layout();
        List<GroupItem> items = new ArrayList<>(l.groups().size() + 1);
        items.add(GroupItem.ALL);
        for (LayoutGroup g : l.groups()) {
            items.add(new GroupItem(g.name(), g.channels().size(), g.hidden()));
        }
        GroupItem sel = selectedGroup.get();
        groups.setAll(items);
        GroupItem again = sel == null || sel.isAll() ? GroupItem.ALL
                : items.stream().filter(i -> sel.name().equals(i.name())).findFirst().orElse(GroupItem.ALL);
        if (!again.equals(selectedGroup.get())) {
            selectedGroup.set(again);
        }
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoDescription().map(d -> Texts.get("editor.undo.named", d)).orElse(Texts.get("window.undo")));
        redoText.set(editor.redoDescription().map(d -> Texts.get("editor.redo.named", d)).orElse(Texts.get("window.redo")));
        refreshRows();
        if (edited) {
            changeListeners.forEach(Runnable::run);
        }
    }

    /** Recomputes the rows from the current layout, group and filter; a keystroke costs one index scan. */
    public void refreshRows() {
        if (editor == null) {
            return;
        }
        Layout l = editor.layout();
        Set<String> duplicates = duplicates();
        GroupItem sel = selectedGroup.get();
        int gi = sel == null || sel.isAll() ? -1 : groupNames().indexOf(sel.name());
        ChannelFilter f = filter();
        ChannelRows r;
        if (gi >= 0 && f.equals(ChannelFilter.ALL)) {
            r = ChannelRows.ofGroup(l, gi, duplicates, removedKeys::contains, provider);
        } else {
            r = ChannelRows.ofResult(l, index().filter(f, removedKeys, duplicates), gi, duplicates,
                    removedKeys::contains, provider);
        }
        rows.set(FXCollections.observableList(r));
        summarize(l, r.size());
    }

    /** "29 channels in 7 groups", with how many the group or filter shows and how many share a number. */
    private void summarize(Layout l, int shown) {
        long channels = l.groups().stream().mapToLong(g -> g.channels().size()).sum();
        int dups = duplicates().size();
        summary.set(Texts.get("editor.summary", channels, l.groups().size())
                + (shown == channels ? "" : " · " + Texts.get("editor.summary.shown", shown))
                + (dups == 0 ? "" : " · " + Texts.get("editor.summary.share-number", dups)));
    }

    private Set<String> duplicates() {
        Layout l = editor.layout();
        if (duplicatesOf != l) {
            duplicates = Numbering.duplicateKeys(l, c -> ProviderFields.effectiveNumber(c, provider.get(c.sourceKey())));
            duplicatesOf = l;
        }
        return duplicates;
    }

    /** Puts back the provider's value of {@code fields} for the channels {@code keys}: one undoable edit. */
    public boolean resetToProvider(List<String> keys, Set<ProviderResets.Field> fields) {
        return apply(ProviderResets.reset(keys, fields, provider));
    }

    private SearchIndex index() {
        Layout l = editor.layout();
        if (index == null) {
            index = SearchIndex.build(l);
        } else if (index.layout() != l) {
            index = index.update(l);
        }
        return index;
    }

    public ObservableList<GroupItem> groups() {
        return groups;
    }

    public ObjectProperty<GroupItem> selectedGroupProperty() {
        return selectedGroup;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty missingGuideProperty() {
        return missingGuide;
    }

    public BooleanProperty missingLogoProperty() {
        return missingLogo;
    }

    public BooleanProperty hiddenOnlyProperty() {
        return hiddenOnly;
    }

    public BooleanProperty removedOnlyProperty() {
        return removedOnly;
    }

    public BooleanProperty duplicatesOnlyProperty() {
        return duplicatesOnly;
    }

    public ObjectProperty<ObservableList<ChannelRow>> rowsProperty() {
        return rows;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty redoTextProperty() {
        return redoText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The channel the user is on (the table's selected row), for the guide mapping panel. */
    public ObjectProperty<ChannelRow> currentRowProperty() {
        return currentRow;
    }

    public BooleanProperty openProperty() {
        return open;
    }
}
