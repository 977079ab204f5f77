package dev.lineup.store;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.model.StreamKind;
import dev.lineup.model.XtreamUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Resolves a layout's channels to provider channels. A {@code sourceKey} is either {@code sc:ID} (the
 * stable internal id every layout made in this installation uses) or a portable {@code ChannelKey}
 * key ({@code xtream:…}, {@code tvg:…}, {@code name:…}, {@code url:…}) from an imported layout file,
 * looked up across every playlist source's active channels (first source by name wins).
 */
public final class ChannelResolver {
    private final SourceStore sources;
    private final ChannelStore channels;
    private final Settings settings;

    public ChannelResolver(SourceStore sources, ChannelStore channels, Settings settings) {
        this.sources = sources;
        this.channels = channels;
        this.settings = settings;
    }

    /** Layout channels resolved per database round: bounds what a big layout holds at once. */
    private static final int CHUNK = 2000;

    /** Every channel of the layout (hidden ones included), in output order. */
    public List<ResolvedChannel> resolve(Layout layout) {
        List<ResolvedChannel> out = new ArrayList<>();
        forEach(layout, out::add);
        return out;
    }

    /**
     * As {@link #resolve}, handing each channel to {@code sink} in output order; the provider channels are
     * read {@value #CHUNK} at a time, so a 500k-channel layout never has every provider channel in memory.
     */
    public void forEach(Layout layout, Consumer<ResolvedChannel> sink) {
        boolean portable = false;
        for (LayoutChannel lc : (Iterable<LayoutChannel>) layout.channels()::iterator) {
            if (internalId(lc.sourceKey()) == null) {
                portable = true;
                break;
            }
        }
        Map<String, SourceChannel> byKey = portable ? portableIndex() : Map.of();
        Map<Long, Xtream> creds = new HashMap<>();
        List<LayoutGroup> groups = new ArrayList<>(CHUNK);
        List<LayoutChannel> chunk = new ArrayList<>(CHUNK);
        for (LayoutGroup g : layout.groups()) {
            for (LayoutChannel lc : g.channels()) {
                groups.add(g);
                chunk.add(lc);
                if (chunk.size() == CHUNK) {
                    emit(groups, chunk, byKey, creds, sink);
                }
            }
        }
        emit(groups, chunk, byKey, creds, sink);
    }

    private void emit(List<LayoutGroup> groups, List<LayoutChannel> chunk, Map<String, SourceChannel> byKey,
                      Map<Long, Xtream> creds, Consumer<ResolvedChannel> sink) {
        List<Long> ids = new ArrayList<>(chunk.size());
        for (LayoutChannel lc : chunk) {
            Long id = internalId(lc.sourceKey());
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Long, SourceChannel> byId = channels.byIds(ids);
        for (int i = 0; i < chunk.size(); i++) {
            LayoutChannel lc = chunk.get(i);
            Long id = internalId(lc.sourceKey());
            SourceChannel sc = id != null ? byId.get(id) : byKey.get(lc.sourceKey());
            sink.accept(new ResolvedChannel(groups.get(i), lc, sc == null ? null : playable(sc, creds)));
        }
        groups.clear();
        chunk.clear();
    }

    /** The channel with its playable URL filled in (Xtream URLs are built here, never stored). */
    public SourceChannel playable(SourceChannel sc) {
        return playable(sc, new HashMap<>());
    }

    /** Server and credentials of an Xtream source, read once per resolve. */
    private record Xtream(String server, String user, String password, String liveFormat) {
    }

    private SourceChannel playable(SourceChannel sc, Map<Long, Xtream> creds) {
        if (sc.url() != null || sc.streamId() == null) {
            return sc;
        }
        Xtream x = creds.computeIfAbsent(sc.sourceId(), id -> {
            Source s = sources.get(id);
            return s.kind() != SourceKind.XTREAM ? null : new Xtream(sources.location(s), s.username(),
                    sources.password(s).orElse(""), settings.get(Settings.XTREAM_LIVE_FORMAT).orElse("ts"));
        });
        if (x == null) {
            return sc;
        }
        String ext = sc.extension() != null ? sc.extension() : sc.kind() == StreamKind.LIVE ? x.liveFormat() : null;
        String bareId = sc.streamId().substring(sc.streamId().lastIndexOf('/') + 1);
        return sc.withUrl(XtreamUrls.stream(x.server(), x.user(), x.password(), sc.kind(), bareId, ext));
    }

    static Long internalId(String key) {
        if (!key.startsWith(SourceChannel.REF_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(key.substring(SourceChannel.REF_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, SourceChannel> portableIndex() {
        Map<String, SourceChannel> m = new HashMap<>();
        for (Source s : sources.list()) {
            if (s.kind() == SourceKind.EPG) {
                continue;
            }
            for (SourceChannel ch : channels.channels(s.id(), false)) {
                for (String k : ch.keys()) {
                    m.putIfAbsent(k, ch);
                }
                if (ch.streamId() != null && s.kind() == SourceKind.XTREAM) {
                    m.putIfAbsent("xtream:" + ch.streamId(), ch);
                }
            }
        }
        return m;
    }
}
