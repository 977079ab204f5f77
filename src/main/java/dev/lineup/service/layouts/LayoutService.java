package dev.lineup.service.layouts;

import dev.lineup.model.Layout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The user's layouts: list, load, save, and the layout JSON file as import/export format. */
public interface LayoutService {
    /** Layout names, A–Z. */
    List<String> names() throws IOException;

    Layout load(String name) throws IOException;

    /**
     * What the providers give the channels of {@code layout} (by source key; channels whose source is
     * gone are absent): the values the published playlist uses where the layout has none of its own.
     */
    java.util.Map<String, dev.lineup.model.ProviderFields> providerFields(Layout layout) throws IOException;

    /** A new empty layout; refused if the name is taken. */
    Layout create(String name) throws IOException;

    /**
     * A layout with one group per enabled category of playlist source {@code source}; refused if the name is
     * taken. Returned as stored (provider names and logos not filled in, unlike {@link #load}).
     */
    Layout createFromSource(String name, String source) throws IOException;

    /** Creates or replaces the layout of {@code layout.name()}. */
    void save(Layout layout) throws IOException;

    void delete(String name) throws IOException;

    void rename(String from, String to) throws IOException;

    /** Reads a layout file and saves it, replacing the layout of the same name. */
    Layout importFile(Path file) throws IOException;

    Layout exportFile(String name, Path file) throws IOException;
}
