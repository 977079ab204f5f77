package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.GroupEdits;
import dev.lineup.layout.NameEdits;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.ui.common.Dialogs;
import java.util.List;
import java.util.function.Supplier;

/**
 * The editor's actions on the selected channels and on groups, shared by the toolbar, the context
 * menu and the main menu. Each asks what it needs, then applies one undoable edit.
 */
public final class BulkActions {
    private final LayoutEditorViewModel vm;
    private final Dialogs dialogs;
    private final Supplier<List<String>> selection;

    BulkActions(LayoutEditorViewModel vm, Dialogs dialogs, Supplier<List<String>> selection) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.selection = selection;
    }

    private List<String> selected() {
        List<String> keys = selection.get();
        if (keys.isEmpty()) {
            vm.messageProperty().set("Select channels first (Ctrl+A selects every channel shown).");
        }
        return keys;
    }

    public void moveToGroup() {
        List<String> keys = selected();
        List<String> groups = vm.groupNames();
        if (keys.isEmpty() || groups.isEmpty()) {
            return;
        }
        dialogs.choose("Move to group", "Move " + keys.size() + " channels to:", groups, groups.get(0))
                .ifPresent(g -> vm.apply(ChannelEdits.move(keys, g, Integer.MAX_VALUE)));
    }

    public void setHidden(boolean hidden) {
        List<String> keys = selected();
        if (!keys.isEmpty()) {
            vm.apply(ChannelEdits.setHidden(keys, hidden));
        }
    }

    public void findReplace() {
        List<String> keys = selected();
        if (keys.isEmpty()) {
            return;
        }
        dialogs.ask("Find and replace in names", List.of("Find:", "Replace with:"), List.of("", ""),
                List.of("Regular expression ($1 in the replacement)", "Ignore case")).ifPresent(a -> {
                    if (a.text(0).isEmpty()) {
                        vm.messageProperty().set("Nothing renamed: the text to find was empty.");
                    } else {
                        vm.apply(NameEdits.findReplace(keys, a.text(0), a.text(1), a.check(0), a.check(1)));
                    }
                });
    }

    public void upperCase() {
        List<String> keys = selected();
        if (!keys.isEmpty()) {
            vm.apply(NameEdits.upperCase(keys));
        }
    }

    public void sentenceCase() {
        List<String> keys = selected();
        if (!keys.isEmpty()) {
            vm.apply(NameEdits.sentenceCase(keys));
        }
    }

    public void prefixSuffix() {
        List<String> keys = selected();
        if (keys.isEmpty()) {
            return;
        }
        dialogs.ask("Add prefix or suffix", List.of("Prefix:", "Suffix:"), List.of("", ""), List.of())
                .ifPresent(a -> vm.apply(NameEdits.prefixSuffix(keys, a.text(0), a.text(1))));
    }

    public void renumber() {
        List<String> keys = selected();
        if (keys.isEmpty()) {
            return;
        }
        dialogs.askText("Renumber", "Number the " + keys.size() + " selected channels from:", "1").ifPresent(v -> {
            try {
                vm.apply(Numbering.renumberEdit(keys, Integer.parseInt(v.strip()), NumberingOptions.DEFAULT));
            } catch (NumberFormatException e) {
                vm.messageProperty().set("Not renumbered: '" + v + "' is not a whole number.");
            }
        });
    }

    public void remove() {
        List<String> keys = selected();
        if (!keys.isEmpty()) {
            vm.apply(ChannelEdits.remove(keys));
        }
    }

    /** Sorts the selected group A–Z (natural order). */
    public void sortGroup() {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g == null || g.isAll()) {
            vm.messageProperty().set("Select a group to sort.");
            return;
        }
        vm.apply(GroupEdits.sortByName(g.name()));
    }

    public void addGroup() {
        dialogs.askText("New group", "Group name:", "").filter(n -> !n.isBlank()).ifPresent(n -> {
            GroupItem sel = vm.selectedGroupProperty().get();
            int at = sel == null || sel.isAll() ? vm.groupNames().size() : vm.groupNames().indexOf(sel.name()) + 1;
            vm.apply(GroupEdits.add(n.strip(), at));
        });
    }

    public void renameGroup() {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g != null && !g.isAll()) {
            dialogs.askText("Rename group", "New name:", g.name()).filter(n -> !n.isBlank())
                    .ifPresent(n -> vm.apply(GroupEdits.rename(g.name(), n.strip())));
        }
    }

    public void deleteGroup() {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g != null && !g.isAll()) {
            vm.apply(GroupEdits.delete(g.name()));
        }
    }

    public void toggleGroupHidden() {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g != null && !g.isAll()) {
            vm.apply(GroupEdits.setHidden(g.name(), !g.hidden()));
        }
    }

    public void moveGroup(int delta) {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g != null && !g.isAll()) {
            int at = vm.groupNames().indexOf(g.name()) + delta;
            if (at >= 0) {
                vm.apply(GroupEdits.move(g.name(), at));
            }
        }
    }
}
