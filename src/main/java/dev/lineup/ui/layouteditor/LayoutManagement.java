package dev.lineup.ui.layouteditor;

import dev.lineup.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    static final String EMPTY = "An empty layout";
    private static final String FROM = "Every channel of ";
    static final String URLS_CHANGE = "Players load this layout's playlist and guide by their links. A new file "
            + "name gives the files new links: every player then needs the new URL. The files of the old name "
            + "stay where they are. Lower-case letters, digits and '-' only.";
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
        List<String> choices = new ArrayList<>();
        String shown = browser.sourceProperty().get();
        for (String s : sources) {
            choices.add(FROM + s);
        }
        choices.add(EMPTY);
        String initial = shown != null && sources.contains(shown) ? FROM + shown : choices.get(0);
        dialogs.choose("New layout", "Start from:", choices, initial).ifPresent(c -> {
            if (c.equals(EMPTY)) {
                newEmpty();
            } else {
                fromSource(c.substring(FROM.length()));
            }
        });
    }

    void newEmpty() {
        dialogs.askText("New layout", "Layout name:", "").filter(n -> !n.isBlank()).ifPresent(n -> layouts.create(n.strip()));
    }

    /** A layout with every enabled category of the source shown in the source browser (asks which when none is). */
    void newFromSource() {
        String src = browser.sourceProperty().get();
        List<String> sources = browser.sources();
        if (sources.size() > 1 || src == null) {
            if (sources.isEmpty()) {
                message.accept("There is no playlist source yet: add one on the Sources screen first.");
                return;
            }
            dialogs.choose("New layout from a source", "Source:", sources, src != null ? src : sources.get(0))
                    .ifPresent(this::fromSource);
        } else {
            fromSource(src);
        }
    }

    /** Asks the name; for a source with films, also whether to include them (live channels only by default). */
    private void fromSource(String src) {
        layouts.filmCategories(src, films -> {
            if (films.isEmpty()) {
                dialogs.askText("New layout from " + src, "Layout name:", src).filter(n -> !n.isBlank())
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
            dialogs.askText("Duplicate layout", "Name of the copy:", cur + " copy").filter(n -> !n.isBlank())
                    .ifPresent(n -> layouts.duplicate(n.strip()));
        }
    }

    void rename() {
        String cur = layouts.currentProperty().get();
        if (cur != null) {
            dialogs.askText("Rename layout", "New name:", cur).filter(n -> !n.isBlank() && !n.strip().equals(cur))
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
            layouts.fileName(cur, was -> dialogs.askText("Output file name", URLS_CHANGE,
                    "File name (without .m3u):", was).map(String::strip).filter(n -> !n.isBlank() && !n.equals(was))
                    .ifPresent(n -> layouts.setFileName(cur, n, message)));
        }
    }

    void delete() {
        String cur = layouts.currentProperty().get();
        if (cur != null && dialogs.confirm("Delete layout", "Delete the layout '" + cur + "'? This cannot be undone.")) {
            layouts.delete();
        }
    }

    void importFile() {
        java.io.File f = chooser("Import layout").showOpenDialog(window.get());
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
        ButtonType asCopy = new ButtonType("Import as \u201c" + copy + "\u201d", ButtonBar.ButtonData.OK_DONE);
        ButtonType replace = new ButtonType("Replace \u201c" + name + "\u201d", ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> d = new Dialog<>();
        dialogs.prepare(d, "Import layout");
        Label text = new Label("You already have a layout named \u201c" + name + "\u201d. Replacing it with the one in "
                + file.getFileName() + " loses its channels, groups and edits; this cannot be undone. Importing "
                + "the file as a copy keeps both.");
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
        FileChooser fc = chooser("Export layout");
        fc.setInitialFileName(cur + ".json");
        java.io.File f = fc.showSaveDialog(window.get());
        if (f != null) {
            layouts.exportFile(f.toPath());
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Layout JSON", "*.json"));
        return fc;
    }
}
