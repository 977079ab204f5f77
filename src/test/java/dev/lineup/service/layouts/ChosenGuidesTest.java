package dev.lineup.service.layouts;

import dev.lineup.layout.epg.GuideProposal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChosenGuidesTest {
    @TempDir
    Path dir;

    @Test
    void everyCopyOfAChosenChannelGetsTheGuideAndItsShiftInOneSave() throws IOException {
        try (ToolsStore db = new ToolsStore(dir)) {
            String key = ToolsStore.channel(db.store, "UK: Channel 4 FHD").sourceKey();
            Layout l = db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow();
            db.store.layouts().save(ChannelEdits.copy(List.of(key), "News", 0).apply(l));
            GuideProposal plusOne = new GuideProposal("channel4.uk", "Guide", 0, 0.95, "base channel, +1", 1);

            int n = ChosenGuides.apply(db.store, ToolsStore.LAYOUT, Map.of(key, plusOne));

            assertThat(n).isEqualTo(2);
            List<LayoutChannel> copies = db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow().channels()
                    .filter(c -> c.sourceKey().equals(key)).toList();
            assertThat(copies).hasSize(2).allSatisfy(c -> {
                assertThat(c.guideChannel()).isEqualTo("channel4.uk");
                assertThat(c.shiftHours()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void aChannelMappedByHandAndChannelsNotChosenAreLeftAlone() throws IOException {
        try (ToolsStore db = new ToolsStore(dir)) {
            String cnn = ToolsStore.channel(db.store, "CNN International").sourceKey();
            Layout l = db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow();
            Layout mine = ChannelEdits.setGuideChannel(cnn, "my.cnn").apply(l);
            db.store.layouts().save(mine);

            int n = ChosenGuides.apply(db.store, ToolsStore.LAYOUT,
                    Map.of(cnn, new GuideProposal("cnn.int", "Guide", 0, 1.0, "same name", 0)));

            assertThat(n).isZero();
            assertThat(db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow()).isEqualTo(mine);
            assertThat(ChosenGuides.apply(db.store, ToolsStore.LAYOUT, Map.of())).isZero();
        }
    }
}
