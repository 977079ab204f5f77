package dev.lineup.source;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.SourceChannel;
import dev.lineup.store.LineupStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared set-up of the refresh tests: a store in a temp dir and a refresher with the real M3U reader. */
final class RefreshFixture {
    final List<String> notices = new ArrayList<>();
    final LineupStore store;
    final SourceRefresher refresher;

    RefreshFixture(Path dir) {
        store = LineupStore.open(dir, notices::add);
        refresher = refresher(store);
    }

    static SourceRefresher refresher(LineupStore store) {
        return new SourceRefresher(store, Fetcher.fromSettings(store.settings()), new M3uPlaylistParser(),
                (file, id) -> {
                    throw new AssertionError("no guide sources in this test");
                });
    }

    /**
     * A layout the way a user builds one: every third channel, in reverse provider order, split in two
     * groups, each renamed, numbered from 101 and mapped to a guide channel (every other one is shifted).
     */
    static Layout userLayout(List<SourceChannel> channels) {
        List<LayoutChannel> a = new ArrayList<>();
        List<LayoutChannel> b = new ArrayList<>();
        int number = 101;
        for (int i = channels.size() - 1; i >= 0; i -= 3) {
            SourceChannel c = channels.get(i);
            LayoutChannel lc = new LayoutChannel(c.ref(), "Mine " + number, number, null, null, "guide." + number,
                    number % 2 == 0 ? 1.5 : 0, false, true);
            (a.size() < 20 ? a : b).add(number % 4 == 0 ? lc.withName(null) : lc);
            number++;
        }
        return new Layout("Family", new LayoutOptions(1, 3, true, false),
                List.of(new LayoutGroup("Favourites", false, a), new LayoutGroup("Rest", true, b)));
    }
}
