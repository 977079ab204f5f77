package dev.lineup.service.layouts;

import dev.lineup.layout.HealthReport;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.LayoutHealth;
import dev.lineup.model.LayoutState;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link LayoutHealth} over the database, judged on what gets published: a channel counts as mapped
 * when its guide id (the mapping, else the provider's tvg-id) is a channel of some guide source, and
 * as having a logo when the user or the provider gives one; numbers are the published ones (the user's,
 * else the provider's tvg-chno), so duplicates are those a player shows. "Last published" is
 * the time publishing recorded in the layout's state ({@link dev.lineup.store.LayoutStateStore}).
 */
public final class StoredHealth {
    private StoredHealth() {
    }

    public static HealthReport check(LineupStore store, String layoutName) {
        Layout layout = store.layouts().load(layoutName).orElseThrow(() ->
                new LayoutEditException("no layout named \"" + layoutName + "\" (see: lineup layout list)"));
        Set<String> guideIds = store.sources().guideChannelIds();
        List<ResolvedChannel> resolved = store.resolver().resolve(layout);
        Set<String> removed = new HashSet<>();
        List<LayoutGroup> effective = new ArrayList<>();
        int i = 0;
        for (LayoutGroup g : layout.groups()) {
            List<LayoutChannel> chs = new ArrayList<>();
            for (LayoutChannel c : g.channels()) {
                ResolvedChannel r = resolved.get(i++);
                if (r.removedByProvider()) {
                    removed.add(c.sourceKey());
                }
                String guide = r.guideChannel() != null && guideIds.contains(r.guideChannel()) ? r.guideChannel() : null;
                chs.add(c.withGuideChannel(guide).withLogo(r.logo()).withNumber(r.number()));
            }
            effective.add(g.withChannels(chs));
        }
        HealthReport r = LayoutHealth.check(layout.withGroups(effective), removed, lastPublished(store, layoutName));
        return placeholdersOn(store, layout) ? r.withPlaceholderGuides() : r;
    }

    /** Whether the layout's output gives channels without a guide placeholder programmes (block setting 0: never). */
    private static boolean placeholdersOn(LineupStore store, Layout layout) {
        return layout.options().placeholderGuides()
                && !"0".equals(store.settings().get(dev.lineup.store.Settings.DUMMY_BLOCK_MINUTES).orElse("").trim());
    }

    static Instant lastPublished(LineupStore store, String layoutName) {
        return store.layoutState().get(layoutName).map(LayoutState::lastPublished).orElse(null);
    }
}
