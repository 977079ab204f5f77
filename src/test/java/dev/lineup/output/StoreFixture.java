package dev.lineup.output;

import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A data directory with a real database, one playlist source and one guide source (the corpus's
 * ektotv example guide), both refreshed through the real parsers.
 */
public final class StoreFixture implements AutoCloseable {
    public static final String PLAYLIST = """
            #EXTM3U url-tvg="http://provider.example/guide.xml"
            #EXTINF:-1 tvg-id="channel_one" tvg-name="One" tvg-logo="http://logo/one.png" group-title="News" catchup="shift",Channel One
            #EXTVLCOPT:http-user-agent=Kodi
            http://provider.example/live/one.ts?token=abc
            #EXTINF:-1 tvg-id="channel_two" group-title="News",Channel Two
            http://provider.example/live/two.ts
            #EXTINF:-1 group-title="Local",Town TV
            http://provider.example/live/town.ts|User-Agent=VLC
            #EXTINF:-1 tvg-id="nowhere.tv" group-title="Local",Nowhere TV
            http://provider.example/live/nowhere.ts
            #EXTINF:-1 group-title="Local",Soon Gone
            http://provider.example/live/gone.ts
            """;

    public final Path dataDir;
    public final Path playlist;
    public final LineupStore store;
    public final Source m3u;
    public final Source epg;

    public StoreFixture(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.playlist = Files.createDirectories(dataDir.resolveSibling("provider")).resolve("provider.m3u");
        Files.writeString(playlist, PLAYLIST, StandardCharsets.UTF_8);
        store = LineupStore.open(dataDir, m -> { });
        store.installation().init("Living room", dev.lineup.model.Role.PRIMARY);
        m3u = store.sources().add("Provider", SourceKind.M3U, playlist.toString(), null, null, false, false);
        epg = store.sources().add("Guide", SourceKind.EPG, Corpus.path("xmltv/ektotv-example.xml").toString(), null,
                null, false, false);
        refresh(m3u);
        refresh(epg);
    }

    public void refresh(Source s) throws IOException {
        SourceRefresher.standard(store).refresh(store.sources().get(s.id()), Progress.NONE, Cancellation.none());
    }

    /** Rewrites the provider's playlist without the entries whose line contains {@code marker}. */
    public void dropFromPlaylist(String name) throws IOException {
        String[] lines = PLAYLIST.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#EXTINF") && lines[i].endsWith("," + name)) {
                i++;
                continue;
            }
            b.append(lines[i]).append('\n');
        }
        Files.writeString(playlist, b.toString(), StandardCharsets.UTF_8);
    }

    public List<SourceChannel> channels() {
        return store.channels().channels(m3u.id(), true);
    }

    public SourceChannel channel(String name) {
        return channels().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
