package dev.lineup.service.layouts;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.model.Installation;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.Role;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A real database for the layout tools: a provider playlist (some channels without a tvg-id, some
 * without a logo) and a guide, both refreshed through the real parsers, and the layout "Living room"
 * made from the playlist as {@code lineup layout create --from-source} does.
 */
public final class ToolsStore implements AutoCloseable {
    public static final String LAYOUT = "Living room";
    public static final String PLAYLIST = """
            #EXTM3U
            #EXTINF:-1 tvg-id="bbc1.uk" tvg-logo="http://logo.example/bbc1.png" group-title="News",BBC One HD
            http://provider.example/live/1.ts
            #EXTINF:-1 tvg-logo="http://logo.example/cnn.png" group-title="News",CNN International
            http://provider.example/live/2.ts
            #EXTINF:-1 group-title="Entertainment",UK: Channel 4 FHD
            http://provider.example/live/3.ts
            #EXTINF:-1 group-title="Entertainment",Mystery Local Feed
            http://provider.example/live/4.ts
            #EXTINF:-1 group-title="Sport",Sky Sports Arena
            http://provider.example/live/5.ts
            #EXTINF:-1 group-title="Sport",Sky Sports Arena Extra
            http://provider.example/live/6.ts
            """;
    public static final String GUIDE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tv>
              <channel id="bbc1.uk"><display-name>BBC One</display-name></channel>
              <channel id="cnn.int"><display-name>CNN International</display-name></channel>
              <channel id="channel4.uk"><display-name>Channel 4</display-name></channel>
              <channel id="skyarena.uk"><display-name>Sky Sports Arena</display-name></channel>
            </tv>
            """;

    public final LineupStore store;
    public final Path dir;

    public ToolsStore(Path dir) throws IOException {
        this.dir = dir;
        Path provider = Files.createDirectories(dir.resolve("provider"));
        Path playlist = Files.writeString(provider.resolve("provider.m3u"), PLAYLIST, StandardCharsets.UTF_8);
        Path guide = Files.writeString(provider.resolve("guide.xml"), GUIDE, StandardCharsets.UTF_8);
        store = LineupStore.open(dir.resolve("data"), m -> { });
        store.installation().init("Test PC", Role.PRIMARY);
        Source m3u = store.sources().add("Provider", SourceKind.M3U, playlist.toString(), null, null, false, false);
        Source epg = store.sources().add("Guide", SourceKind.EPG, guide.toString(), null, null, false, false);
        refresh(m3u);
        refresh(epg);
        StoredLayouts.createFromSource(store, LAYOUT, "Provider", FromSource.LIVE_ONLY);
    }

    private void refresh(Source s) throws IOException {
        SourceRefresher.standard(store).refresh(store.sources().get(s.id()), Progress.NONE, Cancellation.none());
    }

    /** The layout channel the provider calls {@code providerName}. */
    public static LayoutChannel channel(LineupStore store, String providerName) {
        return key(store, providerName).edit();
    }

    /** Takes channels out of the layout, so rules see them as new provider channels. */
    public static void removeFromLayout(LineupStore store, String... providerNames) {
        List<String> keys = Arrays.stream(providerNames).map(n -> key(store, n).edit().sourceKey()).toList();
        Layout l = store.layouts().load(LAYOUT).orElseThrow();
        store.layouts().save(ChannelEdits.remove(keys).apply(l));
    }

    private static ResolvedChannel key(LineupStore store, String providerName) {
        Layout l = store.layouts().load(LAYOUT).orElseThrow();
        return store.resolver().resolve(l).stream().filter(r -> r.source() != null
                && r.source().name().equals(providerName)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
