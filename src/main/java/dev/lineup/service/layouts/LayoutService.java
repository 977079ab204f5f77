package dev.lineup.service.layouts;

import dev.lineup.files.TempFiles;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutJson;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.LayoutValues;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.RenderResult;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's layouts: list, load, save, create from a source, and the layout JSON file as import/export
 * format; the one place that checks a layout's name (editor, command line and first start alike).
 * Layouts live in the database. Inside, a channel is keyed {@code sc:ID}; the layout JSON file carries
 * portable keys instead ({@link StoredLayouts#exportable}), mapped back on import, so a file moves
 * between installations. Every call reads or writes the database: call it off the UI thread.
 */
public final class LayoutService {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutService.class);
    private final LineupStore store;

    public LayoutService(LineupStore store) {
        this.store = store;
    }

    /** Layout names, A–Z. */
    public List<String> names() {
        return store.layouts().names();
    }

    /** Whether a layout of that name exists. */
    public boolean exists(String name) {
        return store.layouts().load(name).isPresent();
    }

    /** The layout as stored: provider names and logos not filled in (cheap, for counting). */
    public Layout stored(String name) throws IOException {
        return store.layouts().load(name).orElseThrow(() -> new UnknownLayoutException(name));
    }

    public Layout load(String name) throws IOException {
        return ProviderValues.fill(store.channels(),
                store.layouts().load(name).orElseThrow(() -> new UnknownLayoutException(name)));
    }

    /**
     * What the providers give the channels of {@code layout} (by source key; channels whose source is
     * gone are absent): the values the published playlist uses where the layout has none of its own.
     */
    public java.util.Map<String, dev.lineup.model.ProviderFields> providerFields(Layout layout) {
        return ProviderValues.fields(store.channels(), layout);
    }

    /** A new empty layout; refused if the name is taken. */
    public synchronized Layout create(String name) throws IOException {
        requireFree(name);
        Layout l = new Layout(name, LayoutOptions.DEFAULTS, List.of());
        store.layouts().save(l);
        return l;
    }

    /**
     * A layout with one group per enabled category of playlist source {@code source}, live channels only (films
     * are opt-in, series never go in); refused if the name is taken. Returned as stored (provider names and logos
     * not filled in, unlike {@link #load}).
     */
    public synchronized Layout createFromSource(String name, String source) throws IOException {
        return createFromSource(name, source, FromSource.LIVE_ONLY).layout();
    }

    /**
     * As {@link #createFromSource(String, String)}, with the films {@code choice} takes in besides the live
     * channels; says what it left out (films not chosen, series).
     */
    public synchronized FromSource.Made createFromSource(String name, String source, FromSource choice)
            throws IOException {
        requireFree(name); // the one check of a new layout's name, for the editor, the CLI and first start
        try {
            // As stored, provider values not filled in: filling would read every channel's row at once (a
            // 500k-entry source in a small heap); callers count it or open it with load().
            return StoredLayouts.createFromSource(store, name, source, choice);
        } catch (LayoutEditException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * "Duplicate": saves {@code layout} (as the editor holds it, unsaved edits included) under {@code newName};
     * the name is checked as a new layout's is ({@link LayoutNameTakenException} when taken).
     */
    public synchronized Layout duplicate(Layout layout, String newName) throws IOException {
        requireFree(newName);
        Layout copy = layout.withName(newName);
        save(copy);
        return copy;
    }

    /** Refuses values that would break every later output (see {@link LayoutValues}). */
    public void save(Layout layout) {
        String problem = LayoutValues.problem(layout);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        store.layouts().save(ProviderValues.strip(store.channels(), layout));
    }

    public synchronized void delete(String name) throws IOException {
        // Rules, target and publish history are kept with the layout's row: they go with it.
        if (!store.layouts().delete(name)) {
            throw new UnknownLayoutException(name);
        }
    }

    public synchronized void rename(String from, String to) throws IOException {
        load(from); // an unknown layout is an UnknownLayoutException
        if (from.equals(to)) {
            return;
        }
        requireFree(to, from);
        // In place: the row keeps its id, so its rules, target, publish state and published files go along.
        store.layouts().rename(from, to);
    }

    /** The base name of the layout's output files ({@code NAME.m3u}…): chosen at creation, kept by renames. */
    public String fileName(String layout) throws IOException {
        if (!exists(layout)) {
            throw new UnknownLayoutException(layout);
        }
        return store.layouts().fileName(layout);
    }

    /**
     * Gives the layout's output files another base name. Players loading the old files' links keep getting the
     * old files (left where they are), so callers warn that player URLs change. {@link IllegalArgumentException}
     * for a name that is not a plain lower-case slug or that another layout writes.
     */
    public synchronized void setFileName(String layout, String fileName) throws IOException {
        fileName(layout);
        store.layouts().setFileName(layout, fileName == null ? null : fileName.strip());
    }

    /** A rename that also gives the layout's files the new name's slug (new player URLs). */
    public synchronized void renameWithNewFiles(String from, String to) throws IOException {
        rename(from, to);
        store.layouts().setFileName(to, store.layouts().unusedFileName(to));
    }

    /** Reads a layout file and saves it, replacing the layout of the same name. */
    public synchronized Layout importFile(Path file) throws IOException {
        return importAs(readFile(file), null, file);
    }

    /**
     * A layout file read and checked, not stored yet: the desktop asks before an import replaces a layout
     * (its name says whether one would be).
     */
    public Layout readFile(Path file) throws IOException {
        return LayoutJson.read(file);
    }

    /**
     * Stores a layout read by {@link #readFile} from {@code file}, under {@code newName} when non-null (a copy
     * beside the layout of the file's name), else replacing the layout of its own name.
     */
    public synchronized Layout importAs(Layout read, String newName, Path file) {
        StoredLayouts.Imported r;
        try {
            r = importLayout(newName == null ? read : read.withName(newName));
        } catch (LayoutEditException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        LOG.info("imported layout '{}' from {}: {} channels matched, {} not found in any source", r.layout().name(),
                file.getFileName(), r.matched(), r.unmatched());
        return ProviderValues.fill(store.channels(), r.layout());
    }

    /**
     * Saves a layout read from a layout file, replacing the one of the same name; its channels are matched
     * to the sources' channels by their keys. {@link LayoutEditException} when it cannot be stored.
     */
    public synchronized StoredLayouts.Imported importLayout(Layout file) {
        return StoredLayouts.importLayout(store, file);
    }

    /**
     * Writes the layout as a layout file. Written beside {@code file} and moved over it, so a failed export
     * never leaves half a file. Returns the layout as written.
     */
    public Layout exportFile(String name, Path file) throws IOException {
        Layout l = StoredLayouts.exportable(store, name);
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), TempFiles.name("export"), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                LayoutJson.write(l, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return l;
    }

    /** Where {@code lineup output} writes a layout unless told otherwise: {@code DATA/output/NAME}. */
    public Path defaultOutputDir(String name) {
        return LayoutOutput.defaultDir(store, name);
    }

    /** Renders the layout's playlist, guide and manifest into {@code dir}. */
    public RenderResult output(String name, Path dir, Progress progress) throws IOException {
        return LayoutOutput.render(store, name, dir, progress);
    }

    private void requireFree(String name) throws IOException {
        requireFree(name, null);
    }

    /** {@code name} is free for a new layout, or for {@code replacing} renamed (null for none). */
    private void requireFree(String name, String replacing) throws IOException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a layout needs a name");
        }
        if (store.layouts().load(name).isPresent()) {
            throw new LayoutNameTakenException(name);
        }
        try {
            StoredLayouts.requireUsableName(store, name, replacing);
        } catch (LayoutEditException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
