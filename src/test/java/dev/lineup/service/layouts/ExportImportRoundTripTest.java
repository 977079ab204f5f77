package dev.lineup.service.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutJson;
import dev.lineup.model.Role;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.source.SourceRefresher;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A layout made from a real playlist, exported and imported again, is the same layout: every channel
 * still there, each on the same provider entry, in this installation and in another one that has the
 * same playlist. Real playlists list two channels under one tvg-id in one group (the Free-TV list has
 * 15 such pairs: HD and SD feeds; the corpus' duplicate.m3u lists one entry twice).
 */
class ExportImportRoundTripTest {
    /** Shaped like the public Free-TV list: HD/SD pairs under one tvg-id and group, one name used twice. */
    static final String SHARED_TVG_IDS = """
            #EXTM3U
            #EXTINF:-1 tvg-id="RaiUno.it" group-title="Italy",Rai 1 (1080p)
            https://free.example/rai1/hd.m3u8
            #EXTINF:-1 tvg-id="RaiUno.it" group-title="Italy",Rai 1 (576p)
            https://free.example/rai1/sd.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="France",Arte
            https://free.example/arte/fr.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="France",Arte
            https://free.example/arte/fr-backup.m3u8
            #EXTINF:-1 tvg-id="Arte.fr" group-title="Germany",Arte
            https://free.example/arte/de.m3u8
            """;

    @TempDir
    Path dir;

    static Stream<String> playlists() {
        Stream<String> corpus = Corpus.all("m3u").stream().map(p -> p.getFileName().toString());
        return Stream.concat(corpus, Stream.of("free-tv-shaped.m3u"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playlists")
    void everyChannelComesBackOnItsOwnProviderEntry(String playlist) throws Exception {
        Path file = playlist.equals("free-tv-shaped.m3u")
                ? Files.writeString(dir.resolve(playlist), SHARED_TVG_IDS, StandardCharsets.UTF_8)
                : Corpus.path("m3u/" + playlist);
        Path json = dir.resolve("exported.json");
        List<String> before;
        List<String> urls;
        try (LineupStore here = storeWith(dir.resolve("here"), file)) {
            LayoutService layouts = new LayoutService(here);
            layouts.createFromSource("Mine", "Provider");
            before = keys(layouts.load("Mine"));
            urls = urls(here, "Mine");
            layouts.exportFile("Mine", json);

            Layout read = LayoutJson.read(json);
            List<String> written = keys(read);
            assertThat(new HashSet<>(written)).as("one key per channel in the file").hasSize(written.size());
            assertThat(written).hasSize(before.size());

            layouts.importFile(json);
            assertThat(keys(layouts.load("Mine"))).as("same channels, same provider entries, same order")
                    .isEqualTo(before);
        }
        try (LineupStore elsewhere = storeWith(dir.resolve("elsewhere"), file)) {
            StoredLayouts.Imported r = StoredLayouts.importLayout(elsewhere, LayoutJson.read(json));
            assertThat(r.unmatched()).as("another installation with the same playlist finds every channel").isZero();
            assertThat(urls(elsewhere, "Mine")).isEqualTo(urls);
        }
    }

    private static LineupStore storeWith(Path data, Path playlist) throws IOException {
        LineupStore store = LineupStore.open(data, m -> { });
        store.installation().init("PC", Role.PRIMARY);
        Source s = store.sources().add("Provider", SourceKind.M3U, playlist.toString(), null, null, false, false);
        SourceRefresher.standard(store).refresh(store.sources().get(s.id()), Progress.NONE, Cancellation.none());
        return store;
    }

    private static List<String> keys(Layout l) {
        return l.channels().map(LayoutChannel::sourceKey).toList();
    }

    private static List<String> urls(LineupStore store, String layout) {
        return store.resolver().resolve(store.layouts().load(layout).orElseThrow()).stream()
                .map(ResolvedChannel::url).toList();
    }
}
