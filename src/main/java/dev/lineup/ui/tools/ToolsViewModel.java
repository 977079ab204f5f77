package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Tools screen: which layout the tools work on, and the four tools. When a tool changes the
 * layout (guides applied, rules applied, numbers given), health and the group list are read again.
 */
public final class ToolsViewModel {
    private final LayoutToolsService service;
    private final TaskExecutor tasks;
    private final ObservableList<String> layouts = FXCollections.observableArrayList();
    private final StringProperty layout = new SimpleStringProperty();
    private final HealthViewModel health;
    private final GuidesViewModel guides;
    private final RulesViewModel rules;
    private final NumberingViewModel numbering;
    private java.util.function.Consumer<String> onApplied = name -> { };

    public ToolsViewModel(LayoutToolsService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
        health = new HealthViewModel(service, tasks, layout);
        Runnable changed = () -> {
            layoutChanged();
            onApplied.accept(layout.get());
        };
        guides = new GuidesViewModel(service, tasks, layout, changed);
        rules = new RulesViewModel(service, tasks, layout, changed);
        numbering = new NumberingViewModel(service, tasks, layout, changed);
        layout.addListener((o, a, b) -> {
            guides.clear();
            rules.load();
            layoutChanged();
        });
    }

    /** Lists the layouts again (when the screen is shown); keeps the chosen one if it still exists. */
    public void load() {
        tasks.run(Texts.get("tools.task.layouts"), ctx -> service.layoutNames()).onSuccess((List<String> names) -> {
            String keep = layout.get();
            layouts.setAll(names);
            if (keep != null && names.contains(keep)) {
                layoutChanged();
            } else {
                layout.set(names.isEmpty() ? null : names.get(0));
            }
        }).start();
    }

    /** Told the name of a layout a tool just changed in the store (the editor reopens it). */
    public void setOnApplied(java.util.function.Consumer<String> listener) {
        onApplied = listener;
    }

    private void layoutChanged() {
        health.refresh();
        numbering.loadGroups();
    }

    public ObservableList<String> layouts() {
        return layouts;
    }

    public StringProperty layoutProperty() {
        return layout;
    }

    public HealthViewModel health() {
        return health;
    }

    public GuidesViewModel guides() {
        return guides;
    }

    public RulesViewModel rules() {
        return rules;
    }

    public NumberingViewModel numbering() {
        return numbering;
    }
}
