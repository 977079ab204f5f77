package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.layouts.LayoutToolsService.GroupInfo;
import dev.lineup.service.layouts.LayoutToolsService.NumberingPreview;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.task.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Numbering per group from a start (group N of the layout starts at 100 × N + 1 unless changed),
 * with the options of {@link NumberingOptions}; a preview shows overflows and duplicates before anything is saved.
 */
public final class NumberingViewModel {
    private final LayoutToolsService service;
    private final TaskExecutor tasks;
    private final StringProperty layout;
    private final Runnable changed;
    private final ObservableList<GroupStart> groups = FXCollections.observableArrayList();
    private final BooleanProperty compact = new SimpleBooleanProperty(NumberingOptions.DEFAULT.compact());
    private final BooleanProperty skipHidden = new SimpleBooleanProperty(NumberingOptions.DEFAULT.skipHidden());
    private final BooleanProperty keepExisting = new SimpleBooleanProperty(NumberingOptions.DEFAULT.keepExisting());
    private final ObjectProperty<NumberingPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    /** One group's row: number it or not, and from which start. */
    public static final class GroupStart {
        private final GroupInfo group;
        private final BooleanProperty include = new SimpleBooleanProperty(true);
        private final StringProperty start = new SimpleStringProperty();

        GroupStart(GroupInfo group, int start) {
            this.group = group;
            this.start.set(Integer.toString(start));
        }

        public GroupInfo group() {
            return group;
        }

        public BooleanProperty includeProperty() {
            return include;
        }

        public StringProperty startProperty() {
            return start;
        }
    }

    NumberingViewModel(LayoutToolsService service, TaskExecutor tasks, StringProperty layout, Runnable changed) {
        this.service = service;
        this.tasks = tasks;
        this.layout = layout;
        this.changed = changed;
        // A preview is only good for the settings it was made with.
        compact.addListener(o -> preview.set(null));
        skipHidden.addListener(o -> preview.set(null));
        keepExisting.addListener(o -> preview.set(null));
    }

    void loadGroups() {
        String name = layout.get();
        preview.set(null);
        if (name == null) {
            groups.clear();
            return;
        }
        tasks.run(Texts.get("task.numbering.groups", name), ctx -> service.groups(name)).onSuccess((List<GroupInfo> list) -> {
            if (!name.equals(layout.get())) {
                return;
            }
            // The starts and ticks the user set survive a reload (e.g. after rules added a group).
            Map<String, GroupStart> before = new LinkedHashMap<>();
            groups.forEach(g -> before.put(g.group.name(), g));
            groups.clear();
            for (int i = 0; i < list.size(); i++) {
                GroupStart old = before.get(list.get(i).name());
                GroupStart g = new GroupStart(list.get(i), 100 * (i + 1) + 1);
                if (old != null) {
                    g.start.set(old.start.get());
                    g.include.set(old.include.get());
                }
                g.include.addListener(o -> preview.set(null));
                g.start.addListener(o -> preview.set(null));
                groups.add(g);
            }
        }).start();
    }

    public void preview() {
        run(false);
    }

    public void apply() {
        run(true);
    }

    private void run(boolean apply) {
        String name = layout.get();
        Map<String, Integer> starts;
        try {
            starts = starts();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (name == null || starts.isEmpty()) {
            message.set(Texts.get("tools.numbering.noneTicked"));
            return;
        }
        NumberingOptions opts = new NumberingOptions(compact.get(), skipHidden.get(), keepExisting.get());
        tasks.run(Texts.get(apply ? "tools.numbering.task.apply" : "tools.numbering.task.preview", name), ctx -> apply
                ? service.applyNumbering(name, starts, opts) : service.previewNumbering(name, starts, opts))
                .onSuccess(p -> {
                    preview.set(p);
                    message.set(Texts.get(apply ? "tools.numbering.saved" : "tools.numbering.previewed", p.changed()));
                    if (apply) {
                        changed.run();
                    }
                }).start();
    }

    private Map<String, Integer> starts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (GroupStart g : groups) {
            if (!g.include.get()) {
                continue;
            }
            String s = g.start.get() == null ? "" : g.start.get().strip();
            if (!s.matches("\\d{1,9}")) {
                throw new IllegalArgumentException(Texts.get("tools.numbering.badStart", g.group.name(), s));
            }
            out.put(g.group.name(), Integer.parseInt(s));
        }
        return out;
    }

    public ObservableList<GroupStart> groups() {
        return groups;
    }

    public BooleanProperty compactProperty() {
        return compact;
    }

    public BooleanProperty skipHiddenProperty() {
        return skipHidden;
    }

    public BooleanProperty keepExistingProperty() {
        return keepExisting;
    }

    public ObjectProperty<NumberingPreview> previewProperty() {
        return preview;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
