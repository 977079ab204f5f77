package dev.lineup.ui.sources;

import dev.lineup.app.LibraryService;
import dev.lineup.app.SourceCatalog;
import dev.lineup.app.SourceSummary;
import dev.lineup.ui.common.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Sources screen: the library's sources, what the library cannot do yet, and the categories of the selected source. */
public final class SourcesViewModel {
    /** A category of the selected source and its channel count. */
    public record CategoryCount(String name, int channels) {
    }

    private final LibraryService library;
    private final Tasks tasks;
    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final ObservableList<CategoryCount> categories = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");

    public SourcesViewModel(LibraryService library, Tasks tasks) {
        this.library = library;
        this.tasks = tasks;
        notice.set(library.editingUnavailableReason().orElse(""));
    }

    /** Reads every source (already read ones return at once) and lists them with their counts. */
    public void load() {
        sources.setAll(library.sources());
        tasks.run("Reading sources", ctx -> {
            for (SourceSummary s : library.sources()) {
                library.catalog(s.name(), ctx);
            }
            return library.sources();
        }).onSuccess(sources::setAll).start();
    }

    public void select(SourceSummary s) {
        categories.clear();
        if (s == null) {
            return;
        }
        tasks.run("Reading source " + s.name(), ctx -> library.catalog(s.name(), ctx)).onSuccess(c -> {
            List<CategoryCount> out = new ArrayList<>();
            for (Map.Entry<String, List<dev.lineup.layout.SourceChannelRef>> e : c.byCategory().entrySet()) {
                out.add(new CategoryCount(e.getKey(), e.getValue().size()));
            }
            categories.setAll(out);
        }).start();
    }

    public ObservableList<SourceSummary> sources() {
        return sources;
    }

    public ObservableList<CategoryCount> categories() {
        return categories;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    static String noCategory() {
        return SourceCatalog.NO_CATEGORY;
    }
}
