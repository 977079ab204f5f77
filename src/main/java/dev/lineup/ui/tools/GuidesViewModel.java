package dev.lineup.ui.tools;

import dev.lineup.ui.common.Texts;
import dev.lineup.service.layouts.LayoutToolsService;
import dev.lineup.service.layouts.LayoutToolsService.GuideMatches;
import dev.lineup.service.layouts.LayoutToolsService.GuideRow;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.task.TaskExecutor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Guide matching for the chosen layout: proposals for the channels without a guide, the confident
 * ones (at or above the auto-apply threshold) checked, the checked ones applied as one step.
 */
public final class GuidesViewModel {
    private final LayoutToolsService service;
    private final TaskExecutor tasks;
    private final StringProperty layout;
    private final Runnable changed;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty threshold = new SimpleStringProperty("");
    private final StringProperty thresholdError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    /** A table row: the channel, its best proposal (null when none) and whether to apply it. */
    public static final class Row {
        private final GuideRow guide;
        private final BooleanProperty checked = new SimpleBooleanProperty();

        Row(GuideRow guide, boolean checked) {
            this.guide = guide;
            this.checked.set(checked);
        }

        public GuideRow guide() {
            return guide;
        }

        public BooleanProperty checkedProperty() {
            return checked;
        }

        public String candidate() {
            return guide.best() == null ? "(no match)" : guide.best().guideId() + " · " + guide.best().guideSourceName()
                    + (guide.best().shiftHours() != 0 ? " (shift " + guide.best().shiftHours() + " h)" : "");
        }

        public String confidence() {
            return guide.best() == null ? "" : Math.round(guide.best().confidence() * 100) + " %";
        }

        public String reason() {
            return guide.best() == null ? "" : guide.best().reason();
        }
    }

    GuidesViewModel(LayoutToolsService service, TaskExecutor tasks, StringProperty layout, Runnable changed) {
        this.service = service;
        this.tasks = tasks;
        this.layout = layout;
        this.changed = changed;
        threshold.addListener((o, a, b) -> thresholdError.set(parse(b) == null
                ? Texts.get("tools.guides.thresholdRange") : ""));
    }

    void clear() {
        rows.clear();
        message.set("");
    }

    /** Shows the saved threshold (call when the screen opens). */
    public void loadThreshold() {
        tasks.run(Texts.get("tools.guides.task.readThreshold"), ctx -> service.autoApplyThreshold())
                .onSuccess(t -> threshold.set(percent(t))).start();
    }

    /** Saves the threshold typed in and re-checks the rows by it. */
    public void saveThreshold() {
        Double t = parse(threshold.get());
        if (t == null) {
            return;
        }
        tasks.run(Texts.get("tools.guides.task.saveThreshold"), ctx -> {
            service.setAutoApplyThreshold(t);
            return t;
        }).onSuccess(v -> rows.forEach(r -> r.checked.set(r.guide.best() != null && r.guide.best().confidence() >= v)))
                .start();
    }

    /** Runs the matcher without applying anything. */
    public void find() {
        String name = layout.get();
        if (name == null) {
            return;
        }
        message.set(Texts.get("tools.guides.looking"));
        tasks.run(Texts.get("tools.guides.task.find", name), ctx -> service.findGuides(name)).onSuccess((GuideMatches m) -> {
            if (!name.equals(layout.get())) {
                return;
            }
            threshold.set(percent(m.threshold()));
            rows.setAll(m.rows().stream().map(r -> new Row(r, r.best() != null
                    && r.best().confidence() >= m.threshold())).toList());
            long found = m.rows().stream().filter(r -> r.best() != null).count();
            message.set(m.rows().size() + " channels without a guide, " + found + " with a proposal, "
                    + rows.stream().filter(r -> r.checked.get()).count() + " checked.");
        }).start();
    }

    /** Maps every checked row to its proposal, as one change. */
    public void applyChecked() {
        String name = layout.get();
        Map<String, GuideProposal> chosen = new LinkedHashMap<>();
        rows.stream().filter(r -> r.checked.get() && r.guide.best() != null)
                .forEach(r -> chosen.put(r.guide.sourceKey(), r.guide.best()));
        if (name == null || chosen.isEmpty()) {
            message.set(Texts.get("tools.guides.nothingChecked"));
            return;
        }
        tasks.run(Texts.get("tools.guides.task.apply", name), ctx -> service.applyGuides(name, chosen)).onSuccess(n -> {
            message.set(Texts.get("tools.guides.mapped", n));
            rows.removeIf(r -> chosen.containsKey(r.guide.sourceKey()));
            changed.run();
        }).start();
    }

    static String percent(double t) {
        return String.format(Locale.ROOT, "%.0f", t * 100);
    }

    /** The threshold as a fraction, or null when the text is no percentage from 0 to 100. */
    static Double parse(String text) {
        try {
            double p = Double.parseDouble(text.strip().replace("%", "").strip());
            return p >= 0 && p <= 100 ? p / 100 : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty thresholdErrorProperty() {
        return thresholdError;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
