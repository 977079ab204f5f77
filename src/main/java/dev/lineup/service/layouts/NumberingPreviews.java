package dev.lineup.service.layouts;

import dev.lineup.service.layouts.LayoutToolsService.Duplicate;
import dev.lineup.service.layouts.LayoutToolsService.GroupRange;
import dev.lineup.service.layouts.LayoutToolsService.NumberingPreview;
import dev.lineup.layout.NumberingResult;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Turns a {@link NumberingResult} into what the user reads: ranges, changes, and channel names instead of keys. */
final class NumberingPreviews {
    private NumberingPreviews() {
    }

    static NumberingPreview of(LineupStore store, Layout before, NumberingResult r, Set<String> numberedGroups) {
        List<GroupRange> ranges = new ArrayList<>();
        for (LayoutGroup g : r.layout().groups()) {
            if (!numberedGroups.contains(g.name())) {
                continue;
            }
            Integer first = null;
            Integer last = null;
            int n = 0;
            for (LayoutChannel c : g.channels()) {
                if (c.number() != null) {
                    first = first == null ? c.number() : Math.min(first, c.number());
                    last = last == null ? c.number() : Math.max(last, c.number());
                    n++;
                }
            }
            ranges.add(new GroupRange(g.name(), first, last, n));
        }
        List<LayoutChannel> old = before.channels().toList();
        List<LayoutChannel> now = r.layout().channels().toList();
        int changed = 0;
        for (int i = 0; i < now.size(); i++) {
            if (!Objects.equals(old.get(i).number(), now.get(i).number())) {
                changed++;
            }
        }
        Map<String, String> names = new HashMap<>();
        if (!r.duplicates().isEmpty()) {
            for (ResolvedChannel c : store.resolver().resolve(r.layout())) {
                names.putIfAbsent(c.edit().sourceKey(), c.name());
            }
        }
        List<Duplicate> dups = r.duplicates().stream().map(d -> new Duplicate(d.number(),
                d.sourceKeys().stream().map(k -> names.getOrDefault(k, k)).toList())).toList();
        return new NumberingPreview(ranges, changed, r.overflows().stream().map(Object::toString).toList(), dups);
    }
}
