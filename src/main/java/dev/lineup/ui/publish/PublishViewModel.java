package dev.lineup.ui.publish;

import dev.lineup.app.LayoutService;
import dev.lineup.app.LibraryService;
import dev.lineup.app.PublishOverview;
import dev.lineup.layout.HealthReport;
import dev.lineup.layout.LayoutHealth;
import dev.lineup.ui.common.Tasks;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Publish screen: whether publishing is possible in this build, and for each layout what a publish
 * would contain and what needs fixing first (the same health check as {@code lineup health}).
 */
public final class PublishViewModel {
    private final PublishOverview publish;
    private final LayoutService layouts;
    private final LibraryService library;
    private final Tasks tasks;
    private final ObservableList<HealthReport> health = FXCollections.observableArrayList();
    private final StringProperty unavailable = new SimpleStringProperty("");

    public PublishViewModel(PublishOverview publish, LayoutService layouts, LibraryService library, Tasks tasks) {
        this.publish = publish;
        this.layouts = layouts;
        this.library = library;
        this.tasks = tasks;
        unavailable.set(publish.unavailableReason().orElse(""));
    }

    public void load() {
        tasks.run("Checking layouts", ctx -> {
            List<String> names = layouts.names();
            List<HealthReport> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                ctx.checkCancelled();
                ctx.progress(i, names.size());
                out.add(LayoutHealth.check(layouts.load(names.get(i)), library.removedKeys(), null));
            }
            return out;
        }).onSuccess(health::setAll).start();
    }

    public ObservableList<HealthReport> health() {
        return health;
    }

    public StringProperty unavailableProperty() {
        return unavailable;
    }

    public boolean available() {
        return publish.unavailableReason().isEmpty();
    }
}
