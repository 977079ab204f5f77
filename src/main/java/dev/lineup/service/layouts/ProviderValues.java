package dev.lineup.service.layouts;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.ProviderFields;
import dev.lineup.model.SourceChannel;
import dev.lineup.store.ChannelStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * In the database a layout channel with no name, logo or tvg-id of its own follows the provider's (a
 * provider rename shows up at the next output). The editor shows and edits concrete values, so a loaded
 * layout gets the provider's values filled in, and before saving every value still equal to the
 * provider's is cleared again: only the user's own changes are pinned.
 */
final class ProviderValues {
    private ProviderValues() {
    }

    static Layout fill(ChannelStore channels, Layout l) {
        return map(channels, l, (c, sc) -> new LayoutChannel(c.sourceKey(), c.name() == null ? sc.name() : c.name(),
                c.number(), c.logo() == null ? sc.logo() : c.logo(), c.tvgId() == null ? sc.tvgId() : c.tvgId(),
                c.guideChannel(), c.timing(), c.hidden()));
    }

    static Layout strip(ChannelStore channels, Layout l) {
        return map(channels, l, (c, sc) -> new LayoutChannel(c.sourceKey(),
                Objects.equals(c.name(), sc.name()) ? null : c.name(), c.number(),
                Objects.equals(c.logo(), sc.logo()) ? null : c.logo(),
                Objects.equals(c.tvgId(), sc.tvgId()) ? null : c.tvgId(), c.guideChannel(), c.timing(),
                c.hidden()));
    }

    /** The provider's values of every channel of {@code l} still known, by source key. */
    static Map<String, ProviderFields> fields(ChannelStore channels, Layout l) {
        List<Long> ids = ids(l);
        Map<String, ProviderFields> out = new java.util.HashMap<>(ids.size() * 2);
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, SourceChannel> byId = channels.byIds(ids);
        // The layout as loaded already holds the provider's strings where the user changed nothing: share
        // those instances instead of keeping a second copy of every name, logo and tvg-id (100k channels).
        l.channels().forEach(c -> {
            Long id = id(c.sourceKey());
            SourceChannel sc = id == null ? null : byId.get(id);
            if (sc != null) {
                ProviderFields p = ProviderFields.of(sc);
                out.put(c.sourceKey(), new ProviderFields(same(c.name(), p.name()), same(c.logo(), p.logo()),
                        same(c.tvgId(), p.tvgId()), p.number()));
            }
        });
        return out;
    }

    private static Layout map(ChannelStore channels, Layout l, BiFunction<LayoutChannel, SourceChannel, LayoutChannel> f) {
        List<Long> ids = ids(l);
        if (ids.isEmpty()) {
            return l;
        }
        Map<Long, SourceChannel> byId = channels.byIds(ids);
        List<LayoutGroup> groups = new ArrayList<>(l.groups().size());
        for (LayoutGroup g : l.groups()) {
            List<LayoutChannel> out = new ArrayList<>(g.channels().size());
            for (LayoutChannel c : g.channels()) {
                Long id = id(c.sourceKey());
                SourceChannel sc = id == null ? null : byId.get(id);
                out.add(sc == null ? c : f.apply(c, sc));
            }
            groups.add(g.withChannels(out));
        }
        return l.withGroups(groups);
    }

    private static String same(String mine, String theirs) {
        return Objects.equals(mine, theirs) ? mine : theirs;
    }

    private static List<Long> ids(Layout l) {
        List<Long> ids = new ArrayList<>();
        l.channels().forEach(c -> {
            Long id = id(c.sourceKey());
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static Long id(String key) {
        if (key == null || !key.startsWith(SourceChannel.REF_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(key.substring(SourceChannel.REF_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
