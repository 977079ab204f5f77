package dev.lineup.output;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceChannel;
import dev.lineup.store.ResolvedChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stored layout's resolved channels into what the renderer writes. Hidden channels (or in a
 * hidden group) are left out; so are channels that resolve to nothing and channels the provider no
 * longer lists (their stream is gone; they stay in the layout with their edits until it comes back).
 */
final class StoredChannels {
    /** Visible playable channels in layout order, and what was left out. */
    record Selection(List<OutputChannel> channels, int unresolved, int removedByProvider) {
    }

    private StoredChannels() {
    }

    static Selection select(List<ResolvedChannel> resolved) {
        List<OutputChannel> out = new ArrayList<>();
        int unresolved = 0;
        int removed = 0;
        for (ResolvedChannel r : resolved) {
            if (r.group().hidden() || r.edit().hidden()) {
                continue;
            }
            if (!r.resolved() || r.url() == null) {
                unresolved++;
            } else if (r.removedByProvider()) {
                removed++;
            } else {
                out.add(new OutputChannel(r.group().name(), r.edit(), entry(r.source())));
            }
        }
        return new Selection(out, unresolved, removed);
    }

    /**
     * The provider's entry as its playlist had it: the four attributes the store keeps in columns
     * first (where playlists usually have them), then the others in the provider's order.
     */
    static M3uEntry entry(SourceChannel sc) {
        List<M3uAttribute> attrs = new ArrayList<>();
        add(attrs, "tvg-id", sc.tvgId());
        add(attrs, "tvg-name", sc.tvgName());
        add(attrs, "tvg-logo", sc.logo());
        add(attrs, "group-title", sc.group());
        for (SourceAttribute a : sc.attributes()) {
            attrs.add(new M3uAttribute(a.key(), a.value()));
        }
        return new M3uEntry(0, sc.duration() == null ? "-1" : sc.duration(), attrs, sc.name(), null, sc.extraLines(),
                sc.url(), sc.urlSuffix());
    }

    private static void add(List<M3uAttribute> attrs, String key, String value) {
        if (value != null && !value.isBlank()) {
            attrs.add(new M3uAttribute(key, value));
        }
    }
}
