package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.GroupEdits;
import dev.lineup.layout.NameEdits;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
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
            vm.messageProperty().set(Texts.get("editor.bulk.select-first"));
        }
        return keys;
    }

    public void moveToGroup() {
        List<String> keys = selected();
        List<String> groups = vm.groupNames();
        if (keys.isEmpty() || groups.isEmpty()) {
            return;
        }
        dialogs.choose(Texts.get("editor.bulk.move.title"), Texts.get("editor.bulk.move.text", keys.size()), groups, groups.get(0))
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
        dialogs.ask(Texts.get("editor.bulk.replace.title"),
                List.of(Texts.get("editor.bulk.replace.find"), Texts.get("editor.bulk.replace.with")), List.of("", ""),
                List.of(Texts.get("editor.bulk.replace.regex"), Texts.get("editor.bulk.replace.ignore-case"))).ifPresent(a -> {
                    if (a.text(0).isEmpty()) {
                        vm.messageProperty().set(Texts.get("editor.bulk.replace.empty"));
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
        dialogs.ask(Texts.get("editor.bulk.affix.title"),
                List.of(Texts.get("editor.bulk.affix.prefix"), Texts.get("editor.bulk.affix.suffix")), List.of("", ""), List.of())
                .ifPresent(a -> vm.apply(NameEdits.prefixSuffix(keys, a.text(0), a.text(1))));
    }

    public void renumber() {
        List<String> keys = selected();
        if (keys.isEmpty()) {
            return;
        }
        dialogs.askText(Texts.get("editor.bulk.renumber.title"),
                Texts.get("editor.bulk.renumber.text", keys.size()), "1").ifPresent(v -> {
            try {
                vm.apply(Numbering.renumberEdit(keys, Integer.parseInt(v.strip()), NumberingOptions.DEFAULT));
            } catch (NumberFormatException e) {
                vm.messageProperty().set(Texts.get("editor.bulk.renumber.not-number", v));
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
            vm.messageProperty().set(Texts.get("editor.bulk.sort.select-group"));
            return;
        }
        vm.apply(GroupEdits.sortByName(g.name()));
    }

    public void addGroup() {
        dialogs.askText(Texts.get("editor.group.default-name"), Texts.get("editor.bulk.new-group.text"), "").filter(n -> !n.isBlank()).ifPresent(n -> {
            GroupItem sel = vm.selectedGroupProperty().get();
            int at = sel == null || sel.isAll() ? vm.groupNames().size() : vm.groupNames().indexOf(sel.name()) + 1;
            vm.apply(GroupEdits.add(n.strip(), at));
        });
    }

    public void renameGroup() {
        GroupItem g = vm.selectedGroupProperty().get();
        if (g != null && !g.isAll()) {
            dialogs.askText(Texts.get("editor.bulk.rename-group.title"), Texts.get("editor.bulk.rename-group.text"),
                    g.name()).filter(n -> !n.isBlank())
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
