package dev.lineup.service.library;

import dev.lineup.layout.SourceChannelRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The channels of one source in provider order, each with its stable key; immutable. */
public record SourceCatalog(String source, List<SourceChannelRef> channels) {
    public static final String NO_CATEGORY = "(no category)";

    public SourceCatalog {
        channels = List.copyOf(channels);
    }

    /** Channels per provider category, categories in order of first appearance. */
    public Map<String, List<SourceChannelRef>> byCategory() {
        Map<String, List<SourceChannelRef>> m = new LinkedHashMap<>();
        for (SourceChannelRef c : channels) {
            m.computeIfAbsent(categoryOf(c), k -> new ArrayList<>()).add(c);
        }
        return m;
    }

    public static String categoryOf(SourceChannelRef c) {
        return c.group() == null || c.group().isBlank() ? NO_CATEGORY : c.group();
    }
}
