package dev.lineup.ui.layouteditor;

import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The layout operations of the Manage menu and the File menu: new, new from a source, duplicate, rename, delete, import, export. */
final class LayoutManagement {
    static final String EMPTY = Texts.get("layouts.start.empty");
    static final String URLS_CHANGE = Texts.get("layouts.file-name.urls-change");
    private final LayoutsViewModel layouts;
    private final SourceBrowserViewModel browser;
    private final Dialogs dialogs;
    private final Supplier<Window> window;
    private final java.util.function.Consumer<String> message;

    LayoutManagement(LayoutsViewModel layouts, SourceBrowserViewModel browser, Dialogs dialogs, Supplier<Window> window,
                     java.util.function.Consumer<String> message) {
        this.message = message;
        this.layouts = layouts;
        this.browser = browser;
        this.dialogs = dialogs;
        this.window = window;
    }

    /**
     * Ctrl+N: asks what to start from, an empty layout or every channel of one of the sources (the one
     * shown in the source browser first), then the name.
     */
    void newLayout() {
        List<String> sources = browser.sources();
        if (sources.isEmpty()) {
            newEmpty();
            return;
        }
        Map<String, String> sourceOfChoice = new LinkedHashMap<>();
        String shown = browser.sourceProperty().get();
        for (String s : sources) {
            sourceOfChoice.put(Texts.get("layouts.start.from", s), s);
        }
        List<String> choices = new ArrayList<>(sourceOfChoice.keySet());
        choices.add(EMPTY);
        String initial = shown != null && sources.contains(shown) ? Texts.get("layouts.start.from", shown) : choices.get(0);
        dialogs.choose(Texts.get("layouts.new"), Texts.get("layouts.start"), choices, initial).ifPresent(c -> {
            if (c.equals(EMPTY)) {
                newEmpty();
            } else {
                fromSource(sourceOfChoice.get(c));
            }
        });
    }

    void newEmpty() {
        dialogs.askText(Texts.get("layouts.new"), Texts.get("layouts.name"), "").filter(n -> !n.isBlank()).ifPresent(n -> layouts.create(n.strip()));
    }

    /** A layout with every enabled category of the source shown in the source browser (asks which when none is). */
    void newFromSource() {
        String src = browser.sourceProperty().get();
        List<String> sources = browser.sources();
        if (sources.size() > 1 || src == null) {
            if (sources.isEmpty()) {
                message.accept(Texts.get("layouts.no-source"));
                return;
            }
            dialogs.choose(Texts.get("layouts.new-from-source"), Texts.get("layouts.source"), sources, src != null ? src : sources.get(0))
                    .ifPresent(this::fromSource);
        } else {
            fromSource(src);
        }
    }

    /** Asks the name; for a source with films, also whether to include them (live channels only by default). */
    private void fromSource(String src) {
        layouts.filmCategories(src, films -> {
            if (films.isEmpty()) {
                dialogs.askText(Texts.get("layouts.new-from", src), Texts.get("layouts.name"), src).filter(n -> !n.isBlank())
                        .ifPresent(n -> layouts.createFromSource(n.strip(), src));
            } else {
                NewFromSourceDialog.ask(dialogs, src, films)
                        .ifPresent(c -> layouts.createFromSource(c.name(), src, c.films()));
            }
        });
    }

    void duplicate() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            dialogs.askText(Texts.get("layouts.duplicate"), Texts.get("layouts.copy-name"), Texts.get("layouts.copy-of", cur)).filter(n -> !n.isBlank())
                    .ifPresent(n -> layouts.duplicate(n.strip()));
        }
    }

    void rename() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            dialogs.askText(Texts.get("layouts.rename"), Texts.get("layouts.new-name"), cur).filter(n -> !n.isBlank() && !n.strip().equals(cur))
                    .ifPresent(n -> layouts.rename(n.strip()));
        }
    }

    /**
     * The layout's output file name, kept through renames because players load the files by their links;
     * the dialog says that a new one changes those links.
     */
    void editFileName() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            layouts.fileName(cur, was -> dialogs.askText(Texts.get("layouts.file-name"), URLS_CHANGE,
                    Texts.get("layouts.file-name.label"), was).map(String::strip).filter(n -> !n.isBlank() && !n.equals(was))
                    .ifPresent(n -> layouts.setFileName(cur, n, message)));
        }
    }

    void delete() {
        String cur = layouts.currentProperty().get();
        if (cur != null && dialogs.confirm(Texts.get("layouts.delete"), Texts.get("layouts.delete.confirm", cur))) {
            layouts.delete();
        }
    }

    void importFile() {
        java.io.File f = chooser(Texts.get("import.title")).showOpenDialog(window.get());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Imports a layout file, asking first when it would replace a layout of the same name. */
    void importFile(Path file) {
        layouts.importFile(file, (name, copy) -> replaceOrCopy(file, name, copy));
    }

    /**
     * A layout of the file's name exists: replace it (its channels and edits are gone, no undo), or keep it and
     * import the file as a copy beside it (the default), or import nothing.
     */
    private Optional<String> replaceOrCopy(Path file, String name, String copy) {
        ButtonType asCopy = new ButtonType(Texts.get("import.as-copy", copy), ButtonBar.ButtonData.OK_DONE);
        ButtonType replace = new ButtonType(Texts.get("import.replace", name), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> d = new Dialog<>();
        dialogs.prepare(d, Texts.get("import.title"));
        Label text = new Label(Texts.get("import.same-name", name, file.getFileName()));
        text.setWrapText(true);
        text.setPrefWidth(420);
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().setAll(asCopy, replace, ButtonType.CANCEL);
        return d.showAndWait().flatMap(b -> b == replace ? Optional.of(name)
                : b == asCopy ? Optional.of(copy) : Optional.empty());
    }

    void exportFile() {
        String cur = layouts.currentProperty().get();
        if (cur == null) {
            return;
        }
        FileChooser fc = chooser(Texts.get("layouts.export"));
        fc.setInitialFileName(cur + ".json");
        java.io.File f = fc.showSaveDialog(window.get());
        if (f != null) {
            layouts.exportFile(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("layouts.json-files"), "*.json"));
        return fc;
    }
}
