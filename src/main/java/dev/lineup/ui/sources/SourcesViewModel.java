package dev.lineup.ui.sources;

import dev.lineup.service.library.RefreshOutcome;
import dev.lineup.service.library.SourceAdmin;
import dev.lineup.service.library.SourceForm;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.XtreamAccount;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.LocalTimes;
import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sources screen: the configured sources, the selected one's categories (on/off), VOD/series
 * flags and Xtream account, and the report of the last refresh with its added and removed channels.
 * Every change runs as a background task; {@code libraryChanged} tells the layout editor afterwards.
 */
public final class SourcesViewModel {

    /** A category row; toggling {@code enabled} saves it. */
    public static final class CategoryRow {
        private final SourceCategory category;
        private final BooleanProperty enabled;

        CategoryRow(SourceCategory c) {
            this.category = c;
            this.enabled = new SimpleBooleanProperty(c.enabled());
        }

        public SourceCategory category() {
            return category;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }
    }

    private final SourceAdmin admin;
    private final TaskExecutor tasks;
    private final Runnable libraryChanged;
    private final ObservableList<SourceInfo> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceInfo> selected = new SimpleObjectProperty<>();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final ObjectProperty<RefreshOutcome> lastOutcome = new SimpleObjectProperty<>();

    public SourcesViewModel(SourceAdmin admin, TaskExecutor tasks, Runnable libraryChanged) {
        this.admin = admin;
        this.tasks = tasks;
        this.libraryChanged = libraryChanged;
        selected.addListener((o, a, b) -> showSelected(b));
    }

    private record Listed(List<SourceInfo> sources, String lastReport) {
    }

    public void load() {
        String keep = selected.get() == null ? null : selected.get().name();
        boolean firstLoad = report.get().isEmpty();
        tasks.run(Texts.get("task.sources.list"), ctx -> new Listed(admin.list(), firstLoad ? admin.lastRefreshReport() : ""))
                .onSuccess(listed -> {
            List<SourceInfo> list = listed.sources();
            if (report.get().isEmpty()) {
                report.set(listed.lastReport()); // what the last refresh said, also from before this start
            }
            sources.setAll(list);
            selected.set(list.stream().filter(s -> s.name().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }).start();
    }

    private void showSelected(SourceInfo s) {
        categories.clear();
        account.set(s == null ? "" : accountText(s.account()));
        if (s == null) {
            return;
        }
        tasks.run(Texts.get("task.sources.categories", s.name()), ctx -> admin.categories(s.name())).onSuccess(list -> {
            List<CategoryRow> rows = new ArrayList<>();
            for (SourceCategory c : list) {
                CategoryRow r = new CategoryRow(c);
                r.enabledProperty().addListener((o, a, on) -> setCategory(s.name(), c, on));
                rows.add(r);
            }
            categories.setAll(rows);
        }).start();
    }

    private void setCategory(String source, SourceCategory c, boolean on) {
        tasks.run(Texts.get(on ? "task.sources.show" : "task.sources.hide", c.name()), ctx -> {
            admin.setCategoryEnabled(source, c, on);
            return c;
        }).onSuccess(x -> libraryChanged.run()).start();
    }

    /**
     * Saves a new source (an Xtream account is logged in to first) and refreshes it; {@code done} gets null once it is
     * saved, else the reason it was not, for the dialog to show.
     */
    public void add(SourceForm f, Consumer<String> done) {
        tasks.run(Texts.get("task.sources.add", f.name()), ctx -> admin.add(f)).onSuccess(s -> {
            done.accept(null);
            selected.set(null);
            sources.add(s);
            selected.set(s);
            refresh(s.name());
        }).onError(IllegalArgumentException.class, e -> done.accept(e.getMessage())).start();
    }

    /** As {@link #add}, for a changed source (a changed Xtream login is tested first). */
    public void update(String name, SourceForm f, Consumer<String> done) {
        tasks.run(Texts.get("task.sources.save", name), ctx -> admin.update(name, f)).onSuccess(s -> {
            done.accept(null);
            changed();
        }).onError(IllegalArgumentException.class, e -> done.accept(e.getMessage())).start();
    }

    public void remove(String name) {
        tasks.run(Texts.get("task.sources.remove", name), ctx -> {
            admin.remove(name);
            return name;
        }).onSuccess(n -> changed()).start();
    }

    public void setIgnored(boolean vod, boolean series) {
        SourceInfo s = selected.get();
        if (s != null && (s.ignoreVod() != vod || s.ignoreSeries() != series)) {
            tasks.run(Texts.get("task.sources.save", s.name()), ctx -> {
                admin.setIgnored(s.name(), vod, series);
                return s;
            }).onSuccess(x -> load()).start();
        }
    }

    /** Refreshes one source; the report then shows what changed. */
    public void refresh(String name) {
        tasks.run(Texts.get("task.sources.refresh", name), ctx -> admin.refresh(name, ctx)).onSuccess(o -> {
            lastOutcome.set(o);
            report.set(o.report().text());
            changed();
        }).onCancelled(this::load).start();
    }

    /** Refreshes every source in turn; the report lists each. */
    public void refreshAll() {
        List<String> names = sources.stream().map(SourceInfo::name).toList();
        tasks.run(Texts.get("task.sources.refreshAll"), ctx -> {
            List<RefreshOutcome> out = new ArrayList<>();
            for (String n : names) {
                ctx.checkCancelled();
                out.add(admin.refresh(n, ctx));
            }
            return out;
        }).onSuccess(list -> {
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            for (RefreshOutcome o : list) {
                added.addAll(o.added());
                removed.addAll(o.removed());
                b.append(b.length() == 0 ? "" : "\n").append(o.report().text());
            }
            if (!list.isEmpty()) {
                lastOutcome.set(new RefreshOutcome(list.get(list.size() - 1).report(), added, removed));
            }
            report.set(b.toString());
            changed();
        }).onCancelled(this::load).start();
    }

    private void changed() {
        load();
        libraryChanged.run();
    }

    static String accountText(XtreamAccount a) {
        if (a == null) {
            return "";
        }
        String exp = a.expiresAt() == null ? Texts.get("sources.account.neverExpires")
                : Texts.get("sources.account.expires", LocalTimes.day(a.expiresAt(), java.time.Instant.now()));
        String conns = a.maxConnections() == null ? "" : Texts.get("sources.account.connections",
                a.activeConnections() == null ? "?" : a.activeConnections().toString(), a.maxConnections().toString());
        return Texts.get("sources.account", a.status() == null ? "" : a.status(), a.trial()
                ? Texts.get("sources.account.trial") : "", exp, conns);
    }

    public ObservableList<SourceInfo> sources() {
        return sources;
    }

    public ObjectProperty<SourceInfo> selectedProperty() {
        return selected;
    }

    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty reportProperty() {
        return report;
    }

    public ObjectProperty<RefreshOutcome> lastOutcomeProperty() {
        return lastOutcome;
    }
}
