package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen layout's ordered rules. Every change (add, edit, remove, move, import) is saved at once,
 * in order; "Dry run" shows what the rules would do with the provider channels not yet in the
 * layout, "Apply now" does it.
 */
public final class RulesViewModel {
    private final LayoutToolsService service;
    private final TaskExecutor tasks;
    private final TaskExecutor saves;
    private final StringProperty layout;
    private final Runnable changed;
    private final ObservableList<Rule> rules = FXCollections.observableArrayList();
    private final ObjectProperty<RuleReport> report = new SimpleObjectProperty<>();
    private final StringProperty reportTitle = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    RulesViewModel(LayoutToolsService service, TaskExecutor tasks, StringProperty layout, Runnable changed) {
        this.service = service;
        this.tasks = tasks;
        // One at a time, in order: a save never lands after a later one.
        this.saves = tasks.serial();
        this.layout = layout;
        this.changed = changed;
    }

    void load() {
        rules.clear();
        report.set(null);
        reportTitle.set("");
        String name = layout.get();
        if (name == null) {
            return;
        }
        saves.run(Texts.get("task.rules.read", name), ctx -> service.rules(name)).onSuccess(list -> {
            if (name.equals(layout.get())) {
                rules.setAll(list);
            }
        }).start();
    }

    public void add(Rule r) {
        rules.add(r);
        save(Texts.get("task.rules.add", r.name()));
    }

    public void replace(int index, Rule r) {
        rules.set(index, r);
        save(Texts.get("task.rules.save", r.name()));
    }

    public void remove(int index) {
        Rule r = rules.remove(index);
        save(Texts.get("task.rules.remove", r.name()));
    }

    /** Moves the rule at {@code index} by {@code delta} places; returns its new index. */
    public int move(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= rules.size() || to < 0 || to >= rules.size()) {
            return index;
        }
        Rule r = rules.remove(index);
        rules.add(to, r);
        save(Texts.get("task.rules.move", r.name()));
        return to;
    }

    public void importFile(Path file) {
        String name = layout.get();
        if (name == null) {
            return;
        }
        tasks.run(Texts.get("task.rules.import", file.getFileName().toString()), ctx -> service.importRules(file)).onSuccess(list -> {
            rules.setAll(list);
            save(Texts.get("task.rules.saveImported"));
            message.set(Texts.get("tools.rules.imported", list.size(), file.getFileName().toString()));
        }).start();
    }

    public void exportFile(Path file) {
        List<Rule> copy = List.copyOf(rules);
        tasks.run(Texts.get("task.rules.export", file.getFileName().toString()), ctx -> {
            service.exportRules(copy, file);
            return copy.size();
        }).onSuccess(n -> message.set(Texts.get("tools.rules.exported", n, file.getFileName().toString()))).start();
    }

    public void dryRun() {
        run(true);
    }

    public void applyNow() {
        run(false);
    }

    private void run(boolean dry) {
        String name = layout.get();
        if (name == null) {
            return;
        }
        List<Rule> copy = List.copyOf(rules);
        saves.run(Texts.get(dry ? "task.rules.dryRun" : "task.rules.apply", name), ctx -> dry
                ? service.dryRunRules(name, copy) : service.applyRules(name, copy)).onSuccess(r -> {
                    report.set(r);
                    reportTitle.set(Texts.get(dry ? "tools.rules.report.dry" : "tools.rules.report.applied",
                            r.placed().size(), r.unplaced().size(), r.alreadyPresent().size()));
                    if (!dry) {
                        changed.run();
                    }
                }).start();
    }

    private void save(String what) {
        String name = layout.get();
        List<Rule> copy = new ArrayList<>(rules);
        if (name != null) {
            saves.run(what, ctx -> {
                service.saveRules(name, copy);
                return null;
            }).start();
        }
    }

    public ObservableList<Rule> rules() {
        return rules;
    }

    public ObjectProperty<RuleReport> reportProperty() {
        return report;
    }

    public StringProperty reportTitleProperty() {
        return reportTitle;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
