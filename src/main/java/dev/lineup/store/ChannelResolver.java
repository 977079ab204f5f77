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

    /** Every channel of the layout (hidden ones included), in output order. */
    public List<ResolvedChannel> resolve(Layout layout) {
        List<Long> ids = new ArrayList<>();
        boolean portable = false;
        for (LayoutChannel lc : (Iterable<LayoutChannel>) layout.channels()::iterator) {
            Long id = internalId(lc.sourceKey());
            if (id != null) {
                ids.add(id);
            } else {
                portable = true;
            }
        }
        Map<Long, SourceChannel> byId = channels.byIds(ids);
        Map<String, SourceChannel> byKey = portable ? portableIndex() : Map.of();
        Map<Long, Xtream> creds = new HashMap<>();
        List<ResolvedChannel> out = new ArrayList<>();
        for (LayoutGroup g : layout.groups()) {
            for (LayoutChannel lc : g.channels()) {
                Long id = internalId(lc.sourceKey());
                SourceChannel sc = id != null ? byId.get(id) : byKey.get(lc.sourceKey());
                out.add(new ResolvedChannel(g, lc, sc == null ? null : playable(sc, creds)));
            }
        }
        return out;
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
