package dev.lineup.service.layouts;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.Source;
import dev.lineup.source.SourceRefresher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A provider renaming or renumbering streams does not move or drop channels in the user's layout. */
class StoreLayoutServiceRefreshIdentityTest {
    @TempDir
    Path dir;

    @Test
    void channelsKeepTheirPlaceAndTheUsersOwnNamesWhenTheProviderRenamesAndRenumbers() throws Exception {
        try (ToolsStore db = new ToolsStore(dir)) {
            LayoutService layouts = new LayoutService(db.store);
            Layout l = layouts.load(ToolsStore.LAYOUT);
            // The user moves Sport first and names Sky Sports Arena Extra themselves.
            List<LayoutGroup> groups = new ArrayList<>(l.groups());
            LayoutGroup sport = groups.remove(groups.size() - 1);
            List<LayoutChannel> sc = new ArrayList<>(sport.channels());
            LayoutChannel extra = sc.get(1);
            sc.set(1, new LayoutChannel(extra.sourceKey(), "Arena 2", 2, extra.logo(), extra.tvgId(),
                    extra.guideChannel(), extra.shiftHours(), extra.hidden(), extra.catchupPassthrough()));
            groups.add(0, sport.withChannels(sc));
            layouts.save(l.withGroups(groups));
            Layout before = layouts.load(ToolsStore.LAYOUT);

            Path playlist = dir.resolve("provider/provider.m3u");
            Files.writeString(playlist, ToolsStore.PLAYLIST
                    .replace(",BBC One HD\n", ",BBC One FHD\n")                     // renamed, same stream
                    .replace("/live/2.ts", "/live/202.ts")                           // renumbered stream
                    .replace(",Sky Sports Arena Extra\n", ",Sky Sports Arena Extra HD\n"));
            Source p = db.store.sources().find("Provider").orElseThrow();
            SourceRefresher.standard(db.store).refresh(p, Progress.NONE, Cancellation.none());
            Layout after = layouts.load(ToolsStore.LAYOUT);

            assertThat(keys(after)).as("same channels, same places").isEqualTo(keys(before));
            assertThat(after.groups().get(0).channels().get(1).name()).as("the user's own name stays").isEqualTo("Arena 2");
            assertThat(names(after)).containsExactly("Sky Sports Arena", "Arena 2", "BBC One FHD", "CNN International",
                    "UK: Channel 4 FHD", "Mystery Local Feed");
        }
    }

    static List<List<String>> keys(Layout l) {
        return l.groups().stream().map(g -> g.channels().stream().map(LayoutChannel::sourceKey).toList()).toList();
    }

    static List<String> names(Layout l) {
        return l.channels().map(LayoutChannel::name).toList();
    }
}
