package dev.lineup.ui.layouteditor;

import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.library.LibraryService;
import dev.lineup.layout.SearchIndex;
import dev.lineup.model.Layout;
import dev.lineup.service.layouts.FromSource;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The user's layouts: the list, which one is open, and the layout operations (add, duplicate, rename,
 * delete, import, export), each a background task. Saves the open layout shortly after each edit.
 */
public final class LayoutsViewModel {
    static final Duration SAVE_DELAY = Duration.millis(600);
    private final LayoutService layouts;
    private final LibraryService library;
    private final TaskExecutor tasks;
    private final LayoutEditorViewModel editor;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty current = new SimpleStringProperty();
    private final SaveDelay saveLater;
    private String opening;

    /**
     * When the open layout is saved after an edit: {@link #restart()} at each edit, the save runs once
     * edits pause. The desktop's is a JavaFX timer; a view-model test supplies its own and runs no toolkit.
     */
    public interface SaveDelay {
        void restart();

        void stop();

        boolean pending();
    }

    public LayoutsViewModel(LayoutService layouts, LibraryService library, TaskExecutor tasks, LayoutEditorViewModel editor) {
        this(layouts, library, tasks, editor, null);
    }

    /** As above; {@code saveDelay} null means the desktop's: {@link #SAVE_DELAY} after the last edit. */
    public LayoutsViewModel(LayoutService layouts, LibraryService library, TaskExecutor tasks, LayoutEditorViewModel editor,
                            java.util.function.Function<Runnable, SaveDelay> saveDelay) {
        this.layouts = layouts;
        this.library = library;
        // One at a time, in order: a save never lands after a later save, a rename or a delete.
        this.tasks = tasks.serial();
        this.editor = editor;
        this.saveLater = saveDelay != null ? saveDelay.apply(this::saveNow) : pauseThenRun(this::saveNow);
        editor.onLayoutChanged(saveLater::restart);
    }

    /** Lists the layouts and opens {@code preferred} (or the first). */
    public void reload(String preferred) {
        tasks.run(Texts.get("editor.task.list-layouts"), ctx -> layouts.names()).onSuccess(list -> {
            names.setAll(list);
            String open = preferred != null && list.contains(preferred) ? preferred : list.isEmpty() ? null : list.get(0);
            if (open != null) {
                open(open);
            }
        }).start();
    }

    public void open(String name) {
        open(name, false);
    }

    /**
     * Reads {@code name} again from the store if it is the layout open here: another screen (Tools)
     * changed it, and editing the stale copy would save over that change. Undo history starts anew.
     */
    public void reopen(String name) {
        if (name != null && name.equals(current.get())) {
            open(name, true);
        }
    }

    /** What the editor says once the layout being made is open (what a new layout left out). */
    private String noteAfterOpen;

    private void open(String name, boolean again) {
        boolean shown = editor.layout() != null && editor.layout().name().equals(name);
        if (name == null || name.equals(opening) || !again && shown && name.equals(current.get())) {
            return;
        }
        opening = name;
        flushSave();
        tasks.run(Texts.get("editor.task.open-layout", name), ctx -> {
            Layout l = layouts.load(name);
            return new Opened(l, SearchIndex.build(l), library.removedKeys(), layouts.providerFields(l));
        }).onSuccess(o -> {
            opening = null;
            editor.open(o.layout(), o.index(), o.removed(), o.provider());
            current.set(name);
            if (noteAfterOpen != null) {
                editor.messageProperty().set(noteAfterOpen);
                noteAfterOpen = null;
            }
        }).onError(Exception.class, e -> {
            opening = null;
            tasks.showError(Texts.get("editor.task.open-layout.failed", name), e);
        }).start();
    }

    private record Opened(Layout layout, SearchIndex index, java.util.Set<String> removed,
                          java.util.Map<String, dev.lineup.model.ProviderFields> provider) {
    }

    /** Re-reads which channels the providers dropped (after a refresh) and shows them flagged. */
    public void reloadRemoved() {
        tasks.run(Texts.get("editor.task.read-removed"), ctx -> library.removedKeys()).onSuccess(removed -> {
            Layout l = editor.layout();
            if (l != null) {
                editor.setRemovedKeys(removed);
            }
        }).start();
    }

    public void create(String name) {
        tasks.run(Texts.get("editor.task.create-layout", name), ctx -> layouts.create(name)).onSuccess(l -> reloadAndOpen(name)).start();
    }

    /** Live channels only; the editor then says what was left out and how to add films (a category at a time). */
    public void createFromSource(String name, String source) {
        createFromSource(name, source, FromSource.LIVE_ONLY);
    }

    /** Live channels and the films {@code choice} takes in; the editor then says what was left out. */
    public void createFromSource(String name, String source, FromSource choice) {
        tasks.run(Texts.get("editor.task.create-layout", name), ctx -> layouts.createFromSource(name, source, choice))
                .onSuccess(made -> {
                    noteAfterOpen = choice.equals(FromSource.LIVE_ONLY) ? leftOut(made) : filmsLeftOut(made);
                    reloadAndOpen(name);
                }).start();
    }

    /** The film categories of {@code source}, read in the background, then handed to {@code then}. */
    public void filmCategories(String source, java.util.function.Consumer<List<String>> then) {
        tasks.run(Texts.get("editor.task.read-film-categories", source), ctx -> library.filmCategories(source))
                .onSuccess(then::accept).start();
    }

    /** After films were chosen: what of the source stayed out ("40 films of the categories not ticked…"), or null. */
    static String filmsLeftOut(FromSource.Made made) {
        List<String> out = new java.util.ArrayList<>();
        if (made.filmsLeftOut() > 0) {
            out.add(Texts.get("editor.left-out.films", made.filmsLeftOut()));
        }
        if (made.seriesLeftOut() > 0) {
            out.add(Texts.get("editor.left-out.series", made.seriesLeftOut()));
        }
        return out.isEmpty() ? null : Texts.get("editor.left-out", String.join("; ", out));
    }

    /** "Live channels only: 12 films and 3 series were left out…", or null when nothing was. */
    static String leftOut(FromSource.Made made) {
        if (made.filmsLeftOut() == 0 && made.seriesLeftOut() == 0) {
            return null;
        }
        String films = made.filmsLeftOut() == 0 ? "" : Texts.get("editor.live-only.films", made.filmsLeftOut());
        String series = made.seriesLeftOut() == 0 ? "" : Texts.get("editor.live-only.series", made.seriesLeftOut());
        String what = films.isEmpty() ? series : series.isEmpty() ? films : Texts.get("editor.live-only.and", films, series);
        return Texts.get("editor.live-only", what)
                + (made.filmsLeftOut() == 0 ? "" : " " + Texts.get("editor.live-only.films.how"))
                + (made.seriesLeftOut() == 0 ? "" : " " + Texts.get("editor.live-only.series.why"));
    }

    public void duplicate(String newName) {
        Layout l = editor.layout();
        if (l == null) {
            return;
        }
        tasks.run(Texts.get("editor.task.duplicate-layout", l.name()), ctx -> layouts.duplicate(l, newName))
                .onSuccess(c -> reloadAndOpen(newName)).start();
    }

    public void rename(String newName) {
        String old = current.get();
        if (old == null) {
            return;
        }
        flushSave();
        tasks.run(Texts.get("editor.task.rename-layout", old), ctx -> {
            layouts.rename(old, newName);
            return newName;
        }).onSuccess(n -> {
            current.set(null);
            reloadAndOpen(n);
        }).start();
    }

    /** Hands {@code then} the base name of the layout's output files, read in the background. */
    public void fileName(String layout, java.util.function.Consumer<String> then) {
        tasks.run(Texts.get("editor.task.read-file-name", layout), ctx -> layouts.fileName(layout)).onSuccess(then).start();
    }

    /**
     * Gives the layout's output files a new base name (as {@code lineup layout set-file-name}); {@code told}
     * hears the outcome in plain words, a name that is not allowed or taken included.
     */
    public void setFileName(String layout, String fileName, java.util.function.Consumer<String> told) {
        flushSave();
        tasks.run(Texts.get("editor.task.set-file-name", layout), ctx -> {
            layouts.setFileName(layout, fileName);
            return layouts.fileName(layout);
        }).onSuccess(n -> told.accept(Texts.get("editor.file-name.changed", n))).onError(IllegalArgumentException.class, e -> told.accept(
                Texts.get("editor.file-name.not-changed", e.getMessage()))).start();
    }

    public void delete() {
        String old = current.get();
        if (old == null) {
            return;
        }
        saveLater.stop();
        tasks.run(Texts.get("editor.task.delete-layout", old), ctx -> {
            layouts.delete(old);
            return old;
        }).onSuccess(n -> {
            current.set(null);
            reload(null);
        }).start();
    }

    /**
     * Imports a layout file. When a layout of the file's layout name exists, {@code ask} is given that name and
     * a free name for a copy (on the UI thread) and says what to import as: the name itself replaces that layout,
     * the copy's name keeps it, empty imports nothing. A pending edit is saved first.
     */
    public void importFile(Path file, BiFunction<String, String, Optional<String>> ask) {
        flushSave();
        // A file the user picked that cannot be read goes to the error window as a sentence (file, line, what
        // was expected) with the trace behind Show details; the layouts stay as they were.
        tasks.run(Texts.get("editor.task.import", file.getFileName()), ctx -> layouts.readFile(file)).onSuccess(read -> {
            String name = read.name();
            Optional<String> as = names.contains(name) ? ask.apply(name, copyName(name)) : Optional.of(name);
            as.ifPresent(n -> tasks.run(Texts.get("editor.task.import", file.getFileName()),
                            ctx -> layouts.importAs(read, n.equals(name) ? null : n, file))
                    .onSuccess(l -> {
                        current.set(null);
                        reloadAndOpen(l.name());
                    })
                    .start());
        }).start();
    }

    /** "Family (imported)", or "Family (imported 2)" and on when that is taken too. */
    private String copyName(String name) {
        String copy = name + " (imported)";
        for (int i = 2; names.contains(copy); i++) {
            copy = name + " (imported " + i + ")";
        }
        return copy;
    }

    public void exportFile(Path file) {
        String name = current.get();
        if (name == null) {
            return;
        }
        flushSave();
        tasks.run(Texts.get("editor.task.export", name), ctx -> {
            layouts.exportFile(name, file);
            return file;
        }).onSuccess(f -> editor.messageProperty().set(Texts.get("editor.exported", name, f))).start();
    }

    /** Saves a pending edit now (before switching layouts or quitting). */
    public void flushSave() {
        if (saveLater.pending()) {
            saveLater.stop();
            saveNow();
        }
    }

    private void saveNow() {
        Layout l = editor.layout();
        if (l == null) {
            return;
        }
        tasks.run(Texts.get("editor.task.save-layout", l.name()), ctx -> {
            layouts.save(l);
            return l;
        }).start();
    }

    private void reloadAndOpen(String name) {
        tasks.run(Texts.get("editor.task.list-layouts"), ctx -> layouts.names()).onSuccess((List<String> list) -> {
            names.setAll(list);
            open(name);
        }).start();
    }

    public ObservableList<String> names() {
        return names;
    }

    public StringProperty currentProperty() {
        return current;
    }

    private static SaveDelay pauseThenRun(Runnable save) {
        PauseTransition pause = new PauseTransition(SAVE_DELAY);
        pause.setOnFinished(e -> save.run());
        return new SaveDelay() {
            @Override
            public void restart() {
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }

            @Override
            public boolean pending() {
                return pause.getStatus() == javafx.animation.Animation.Status.RUNNING;
            }
        };
    }
}
