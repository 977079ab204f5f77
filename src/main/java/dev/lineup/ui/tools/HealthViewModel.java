package dev.lineup.ui.tools;

import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.layout.HealthReport;
import dev.lineup.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The health of the chosen layout: each count with what to do about it. */
public final class HealthViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final LayoutToolsService service;
    private final TaskExecutor tasks;
    private final StringProperty layout;
    private final ObjectProperty<HealthReport> report = new SimpleObjectProperty<>();
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty placeholders = new SimpleBooleanProperty(false);

    /** One line of the health list; {@code id} names it for tests and screen readers. */
    public record Item(String id, String what, String value, boolean ok, String advice) {
    }

    HealthViewModel(LayoutToolsService service, TaskExecutor tasks, StringProperty layout) {
        this.service = service;
        this.tasks = tasks;
        this.layout = layout;
    }

    /** Reads the counts again in the background. */
    public void refresh() {
        String name = layout.get();
        if (name == null) {
            report.set(null);
            items.clear();
            summary.set("No layout yet: create one on the Layouts screen.");
            return;
        }
        tasks.run("Checking " + name, ctx -> new Checked(service.health(name), service.placeholderGuides(name)))
                .onSuccess(c -> {
                    if (name.equals(layout.get())) {
                        placeholders.set(c.placeholders());
                        show(c.report());
                    }
                }).start();
    }

    private record Checked(HealthReport report, boolean placeholders) {
    }

    /** Switches the chosen layout's placeholder programmes on or off, then counts again. */
    public void setPlaceholderGuides(boolean on) {
        String name = layout.get();
        if (name == null || on == placeholders.get()) {
            return;
        }
        placeholders.set(on);
        tasks.run(on ? "Placeholder programmes on for " + name : "Placeholder programmes off for " + name,
                ctx -> {
                    service.setPlaceholderGuides(name, on);
                    return null;
                }).onSuccess(v -> refresh()).start();
    }

    /** Whether the chosen layout gives channels without a guide a placeholder programme. */
    public ReadOnlyBooleanProperty placeholderGuidesProperty() {
        return placeholders;
    }

    private void show(HealthReport r) {
        report.set(r);
        summary.set(r.channels() + " channels (" + r.visibleChannels() + " visible) in " + r.groups() + " groups — "
                + (r.healthy() ? "nothing to fix." : "needs attention."));
        items.setAll(List.of(
                item("unmapped", "Without a guide", Integer.toString(r.unmapped()), r.unmapped() == 0,
                        "Players show no programmes for these. Use Guide matching here, or the guide panel in the "
                        + "editor, or give them placeholder programmes below."),
                new Item("placeholderGuides", "Placeholder programme", Integer.toString(r.placeholderGuides()), true,
                        placeholders.get() ? "No guide has these; each shows a placeholder programme (the channel's "
                        + "name, hour by hour) so players list something." : "Off: channels without a guide get no "
                        + "placeholder programme."),
                item("missingLogos", "Missing logos", Integer.toString(r.missingLogos()), r.missingLogos() == 0,
                        "Filter \"missing logo\" in the editor and paste a logo URL."),
                item("duplicateNumbers", "Duplicate numbers", r.duplicateNumbers() == 0 ? "0"
                        : r.duplicateNumbers() + " (" + r.channelsWithDuplicateNumbers() + " channels)",
                        r.duplicateNumbers() == 0, "Players may show only one of them. Renumber the groups under Numbering."),
                item("removedByProvider", "Removed by provider", Integer.toString(r.removedByProvider()),
                        r.removedByProvider() == 0,
                        "The provider no longer lists them. Filter \"removed by provider\" in the editor and delete or replace them."),
                item("emptyGroups", "Empty groups", Integer.toString(r.emptyGroups()), r.emptyGroups() == 0,
                        "Players show an empty category. Fill or delete them in the editor."),
                new Item("lastPublished", "Last published", r.neverPublished() ? "never" : WHEN.format(r.lastPublished()),
                        !r.neverPublished(), r.neverPublished() ? "Players do not have this layout yet: publish it."
                        : "Publish again after changes so players get them.")));
    }

    private static Item item(String id, String what, String value, boolean ok, String advice) {
        return new Item(id, what, value, ok, ok ? "Nothing to do." : advice);
    }

    public ObjectProperty<HealthReport> reportProperty() {
        return report;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
