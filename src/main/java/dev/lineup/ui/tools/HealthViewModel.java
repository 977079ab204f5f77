package dev.lineup.ui.tools;

import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.layout.HealthReport;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
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
            summary.set(Texts.get("health.noLayout"));
            return;
        }
        tasks.run(Texts.get("health.task", name), ctx -> new Checked(service.health(name), service.placeholderGuides(name)))
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
        tasks.run(Texts.get(on ? "health.task.placeholdersOn" : "health.task.placeholdersOff", name), ctx -> {
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
        summary.set(Texts.get("health.summary", r.channels(), r.visibleChannels(), r.groups(),
                Texts.get(r.healthy() ? "health.healthy" : "health.attention")));
        items.setAll(List.of(
                item("unmapped", Integer.toString(r.unmapped()), r.unmapped() == 0),
                new Item("placeholderGuides", Texts.get("health.what.placeholderGuides"),
                        Integer.toString(r.placeholderGuides()), true, Texts.get(placeholders.get()
                        ? "health.advice.placeholderGuides.on" : "health.advice.placeholderGuides.off")),
                item("missingLogos", Integer.toString(r.missingLogos()), r.missingLogos() == 0),
                item("duplicateNumbers", r.duplicateNumbers() == 0 ? "0" : Texts.get("health.duplicates",
                        r.duplicateNumbers(), r.channelsWithDuplicateNumbers()), r.duplicateNumbers() == 0),
                item("removedByProvider", Integer.toString(r.removedByProvider()), r.removedByProvider() == 0),
                item("emptyGroups", Integer.toString(r.emptyGroups()), r.emptyGroups() == 0),
                new Item("lastPublished", Texts.get("health.what.lastPublished"), r.neverPublished()
                        ? Texts.get("health.never") : LocalTimes.dayWithAge(r.lastPublished(), java.time.Instant.now()),
                        !r.neverPublished(), Texts.get(r.neverPublished() ? "health.advice.neverPublished"
                        : "health.advice.lastPublished"))));
    }

    /** A count with its words and advice from the catalogue ({@code health.what.ID}, {@code health.advice.ID}). */
    private static Item item(String id, String value, boolean ok) {
        return new Item(id, Texts.get("health.what." + id), value, ok,
                Texts.get(ok ? "health.advice.none" : "health.advice." + id));
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
