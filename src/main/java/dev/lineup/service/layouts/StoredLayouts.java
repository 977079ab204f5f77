package dev.lineup.service.layouts;

import dev.lineup.layout.LayoutEditException;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.LayoutValues;
import dev.lineup.model.Source;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.model.StreamKind;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layouts made from and exchanged with the database: a first layout from a source, and the portable
 * layout file. Inside the database a channel's key is {@code sc:ID} (the source channel's stable id),
 * which means nothing elsewhere; a file carries the channel's strongest {@code ChannelKey} key instead,
 * and import maps those keys back to this installation's channels.
 */
public final class StoredLayouts {
    /** Group of channels whose provider gives none. */
    public static final String NO_GROUP = "Other";

    private StoredLayouts() {
    }

    /** An imported layout and how many of its channels matched no channel of any source. */
    public record Imported(Layout layout, int matched, int unmatched) {
    }

    /**
     * A layout with one group per category of {@code sourceName}, in provider order, holding its live channels
     * and the films {@code choice} takes in (categories switched off are left out; series always are: a series is
     * a list of episodes, and its {@code /series/} address plays nothing). Saved. The name was checked by
     * {@link LayoutService#createFromSource}, the one way in.
     */
    static FromSource.Made createFromSource(LineupStore store, String layoutName, String sourceName, FromSource choice) {
        Source s = store.sources().find(sourceName)
                .orElseThrow(() -> new LayoutEditException("no source named \"" + sourceName + "\" (see: lineup source list)"));
        if (s.kind() == SourceKind.EPG) {
            throw new LayoutEditException("\"" + sourceName + "\" is a guide source; a layout is made from a playlist source");
        }
        Set<String> off = new HashSet<>();
        List<SourceCategory> categories = store.sources().categories(s.id());
        for (SourceCategory c : categories) {
            if (!c.enabled()) {
                off.add(c.name());
            }
        }
        choice.check(categories);
        Map<String, List<LayoutChannel>> groups = new LinkedHashMap<>();
        int[] leftOut = new int[StreamKind.values().length];
        store.channels().forEachActiveGroup(s.id(), (id, group, kind) -> {
            String g = group == null || group.isBlank() ? NO_GROUP : group.strip();
            if (off.contains(g)) {
                return;
            }
            if (!choice.takes(kind, g)) {
                leftOut[kind.ordinal()]++;
                return;
            }
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(LayoutChannel.of(SourceChannel.REF_PREFIX + id, null));
        });
        List<LayoutGroup> list = new ArrayList<>();
        groups.forEach((name, chs) -> list.add(new LayoutGroup(name, false, chs)));
        Layout layout = new Layout(layoutName, LayoutOptions.DEFAULTS, list);
        store.layouts().save(layout);
        return new FromSource.Made(layout, leftOut[StreamKind.VOD.ordinal()], leftOut[StreamKind.SERIES.ordinal()]);
    }

    /**
     * The layout as a file carries it: each channel under a portable key that is unique within the
     * file and names that channel alone, and with its displayed name (the user's, else the
     * provider's). A channel whose provider entry is gone keeps the key it has. See {@link PortableKeys}.
     */
    public static Layout exportable(LineupStore store, String layoutName) {
        Layout layout = store.layouts().load(layoutName)
                .orElseThrow(() -> new LayoutEditException("no layout named \"" + layoutName + "\" (see: lineup layout list)"));
        List<ResolvedChannel> resolved = store.resolver().resolve(layout);
        PortableKeys keys = PortableKeys.of(store);
        Set<String> written = new HashSet<>();
        layout.channels().forEach(c -> written.add(c.sourceKey()));
        List<LayoutGroup> groups = new ArrayList<>();
        int i = 0;
        for (LayoutGroup g : layout.groups()) {
            List<LayoutChannel> chs = new ArrayList<>();
            for (LayoutChannel c : g.channels()) {
                ResolvedChannel r = resolved.get(i++);
                SourceChannel sc = r.source();
                String key = sc == null ? null : keys.keyFor(sc, written);
                chs.add(key == null ? c : c.withSourceKey(key).withName(r.name()));
            }
            groups.add(g.withChannels(chs));
        }
        return layout.withGroups(groups);
    }

    /**
     * Stores a layout read from a file, replacing the layout of the same name: each portable key is
     * mapped to the playlist source's channel that answers to it (sources by name; of several channels
     * answering to one key, the first one not taken yet, or the n-th for a key written {@code KEY#n}).
     * A key no channel answers to is kept as it is; the resolver tries it again after every refresh.
     */
    public static Imported importLayout(LineupStore store, Layout file) {
        requireUsableName(store, file.name());
        String problem = LayoutValues.problem(file);
        if (problem != null) {
            throw new LayoutEditException(problem);
        }
        PortableKeys keys = PortableKeys.of(store);
        Set<String> used = new HashSet<>();
        int matched = 0;
        int unmatched = 0;
        // Explicit "KEY#n" first, so a plain KEY earlier in the file cannot take the n-th channel.
        Map<String, SourceChannel> chosen = new HashMap<>();
        file.channels().filter(c -> PortableKeys.isOrdinal(c.sourceKey())).forEach(c -> {
            SourceChannel sc = keys.find(c.sourceKey(), used);
            if (sc != null) {
                used.add(sc.ref());
                chosen.put(c.sourceKey(), sc);
            }
        });
        List<LayoutGroup> groups = new ArrayList<>();
        for (LayoutGroup g : file.groups()) {
            List<LayoutChannel> chs = new ArrayList<>();
            for (LayoutChannel c : g.channels()) {
                SourceChannel sc = c.sourceKey().startsWith(SourceChannel.REF_PREFIX) ? null
                        : chosen.containsKey(c.sourceKey()) ? chosen.get(c.sourceKey()) : keys.find(c.sourceKey(), used);
                if (sc != null && (chosen.containsKey(c.sourceKey()) || used.add(sc.ref()))) {
                    chs.add(c.withSourceKey(sc.ref()));
                    matched++;
                } else {
                    chs.add(c);
                    unmatched++;
                }
            }
            groups.add(g.withChannels(chs));
        }
        Layout layout = file.withGroups(groups);
        store.layouts().save(layout);
        // A save keeps a replaced layout's placeholder choice; an import replaces it with the file's.
        store.layouts().setPlaceholderGuides(layout.name(), layout.options().placeholderGuides());
        return new Imported(layout, matched, unmatched);
    }

    /**
     * A name the layout may take beside the stored ones: valid as a name, and not giving the same file
     * names as another layout ("fam" and "FAM!" would overwrite each other's output).
     */
    public static void requireUsableName(LineupStore store, String name) {
        requireUsableName(store, name, null);
    }

    /** As above, for a layout that takes the place of {@code replacing} (a rename; null for none). */
    public static void requireUsableName(LineupStore store, String name, String replacing) {
        String problem = LayoutValues.nameProblem(name);
        if (problem == null) {
            problem = LayoutValues.fileNameClash(name,
                    store.layouts().names().stream().filter(n -> !n.equals(replacing)).toList());
        }
        if (problem != null) {
            throw new LayoutEditException(problem);
        }
    }
}
