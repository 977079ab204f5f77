package dev.lineup.service.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Tools action (numbering) saving the layout while the editor saves its open copy: each save is one
 * transaction, so the stored layout is always exactly one of the two whole versions, never a mix or a
 * doubled list (a Tools change made between the editor's load and save is replaced by the editor's copy).
 */
class StoreLayoutServiceConcurrentSaveTest {
    @TempDir
    Path dir;

    @Test
    void concurrentToolsAndEditorSavesLeaveOneWholeVersionEveryTime() throws Exception {
        try (ToolsStore db = new ToolsStore(dir)) {
            LayoutService layouts = new LayoutService(db.store);
            LayoutToolsService tools = new LayoutToolsService(db.store);
            Layout open = layouts.load(ToolsStore.LAYOUT);
            Layout editorVersion = open.withGroups(renamedGroups(open));
            Map<String, Integer> starts = Map.of("News", 1, "Entertainment", 100, "Sport", 200);
            List<Layout> whole = List.of(editorVersion, numbered(open, starts), numbered(editorVersion, starts));
            for (int i = 0; i < 20; i++) {
                layouts.save(open);
                CompletableFuture<?> t = CompletableFuture.runAsync(() ->
                        tools.applyNumbering(ToolsStore.LAYOUT, starts, NumberingOptions.DEFAULT));
                CompletableFuture<?> e = CompletableFuture.runAsync(() -> layouts.save(editorVersion));
                CompletableFuture.allOf(t, e).get(60, TimeUnit.SECONDS);
                assertThat(layouts.load(ToolsStore.LAYOUT)).isIn(whole);
            }
            layouts.save(editorVersion);
            assertThat(layouts.load(ToolsStore.LAYOUT)).as("the editor's save replaces the whole layout")
                    .isEqualTo(editorVersion);
        }
    }

    static Layout numbered(Layout l, Map<String, Integer> starts) {
        return Numbering.numberGroups(l, starts, NumberingOptions.DEFAULT).layout();
    }

    /** The editor's change: the News group hidden and its first channel given the user's own name. */
    static List<LayoutGroup> renamedGroups(Layout l) {
        List<LayoutGroup> out = new ArrayList<>(l.groups());
        LayoutGroup news = out.get(0);
        List<LayoutChannel> ch = new ArrayList<>(news.channels());
        LayoutChannel c = ch.get(0);
        ch.set(0, new LayoutChannel(c.sourceKey(), "My BBC", c.number(), c.logo(), c.tvgId(), c.guideChannel(),
                c.shiftHours(), c.hidden(), c.catchupPassthrough()));
        out.set(0, new LayoutGroup(news.name(), true, ch));
        return out;
    }
}
