package dev.lineup.ui.layouteditor;

import dev.lineup.service.library.LibraryService;
import dev.lineup.service.library.SourceCatalog;
import dev.lineup.service.library.SourceSummary;
import dev.lineup.layout.ChannelFilter;
import dev.lineup.layout.SearchIndex;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The source browser beside the layout: the channels of one source by category, narrowed by a search
 * text. The search runs on a {@link SearchIndex} built over the source (categories as groups), the same
 * index the layout uses, so a keystroke on 100k provider channels is one scan.
 */
public final class SourceBrowserViewModel {
    /** A category and its channels that match the search. */
    public record Category(String name, List<SourceChannelRef> channels) {
    }

    private final LibraryService library;
    private final TaskExecutor tasks;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<List<Category>> categories = new SimpleObjectProperty<>(List.of());
    private final StringProperty status = new SimpleStringProperty("");
    private List<List<SourceChannelRef>> byCategory = List.of();
    private List<String> categoryNames = List.of();
    private SearchIndex index;

    public SourceBrowserViewModel(LibraryService library, TaskExecutor tasks) {
        this.library = library;
        this.tasks = tasks;
        source.addListener((o, a, b) -> load(b));
        query.addListener(o -> refresh());
    }

    /** Lists the playlist sources again (after sources changed) and re-reads the shown one. */
    public void reloadSources() {
        tasks.run(Texts.get("editor.task.list-sources"), ctx -> library.sources().stream().map(SourceSummary::name).toList())
                .onSuccess(names -> {
                    String shown = source.get();
                    sources.setAll(names);
                    if (shown != null && names.contains(shown)) {
                        load(shown);
                    } else {
                        source.set(names.isEmpty() ? null : names.get(0));
                    }
                }).start();
    }

    private void load(String name) {
        if (name == null) {
            return;
        }
        status.set(Texts.get("editor.source.reading", name));
        tasks.run(Texts.get("editor.task.read-source", name), ctx -> Indexed.of(library.catalog(name, ctx))).onSuccess(ix -> {
            if (name.equals(source.get())) {
                byCategory = ix.channels();
                categoryNames = ix.names();
                index = ix.index();
                refresh();
            }
        }).start();
    }

    /** A catalog as groups plus its search index, built off the UI thread. */
    private record Indexed(List<String> names, List<List<SourceChannelRef>> channels, SearchIndex index) {
        static Indexed of(SourceCatalog c) {
            Map<String, List<SourceChannelRef>> m = c.byCategory();
            List<LayoutGroup> groups = new ArrayList<>(m.size());
            for (Map.Entry<String, List<SourceChannelRef>> e : m.entrySet()) {
                List<LayoutChannel> chs = new ArrayList<>(e.getValue().size());
                for (SourceChannelRef r : e.getValue()) {
                    chs.add(new LayoutChannel(r.sourceKey(), r.name(), null, r.logo(), r.tvgId(), null, 0, false, true));
                }
                groups.add(new LayoutGroup(e.getKey(), false, chs));
            }
            Layout asLayout = new Layout(c.source(), LayoutOptions.DEFAULTS, groups);
            return new Indexed(List.copyOf(m.keySet()), List.copyOf(m.values()), SearchIndex.build(asLayout));
        }
    }

    /** Recomputes the matching categories; every category when the search is empty. */
    public void refresh() {
        if (index == null) {
            return;
        }
        String q = query.get();
        List<Category> out = new ArrayList<>();
        int total = 0;
        if (q == null || q.isBlank()) {
            for (int i = 0; i < categoryNames.size(); i++) {
                out.add(new Category(categoryNames.get(i), byCategory.get(i)));
                total += byCategory.get(i).size();
            }
        } else {
            SearchIndex.FilterResult r = index.filter(ChannelFilter.search(q), Set.of());
            Map<Integer, List<SourceChannelRef>> hits = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                hits.computeIfAbsent(r.groupIndex(i), k -> new ArrayList<>())
                        .add(byCategory.get(r.groupIndex(i)).get(r.channelIndex(i)));
            }
            for (Map.Entry<Integer, List<SourceChannelRef>> e : hits.entrySet()) {
                out.add(new Category(categoryNames.get(e.getKey()), e.getValue()));
            }
            total = r.size();
        }
        categories.set(List.copyOf(out));
        status.set(Texts.get("editor.source.counted", total, out.size()));
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<List<Category>> categoriesProperty() {
        return categories;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
