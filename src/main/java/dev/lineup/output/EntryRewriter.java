package dev.lineup.output;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.model.Catchup;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Applies a layout channel's edits to its provider entry, keeping everything players need. */
final class EntryRewriter {
    private static final Set<String> CATCHUP_KEYS =
            Set.of("catchup", "catchup-type", "catchup-days", "catchup-source", "catchup-correction", "tvg-rec", "timeshift");

    private EntryRewriter() {
    }

    static M3uEntry rewrite(OutputChannel c) {
        M3uEntry src = c.source();
        List<M3uAttribute> attrs = new ArrayList<>(src.attributes());
        catchup(attrs, c.edit().timing().catchup());
        set(attrs, "tvg-id", c.outputGuideId());
        set(attrs, "tvg-name", c.displayName());
        set(attrs, "tvg-logo", c.logo());
        set(attrs, "group-title", c.group());
        if (c.edit().number() != null) {
            set(attrs, "tvg-chno", Integer.toString(c.edit().number()));
        }
        // The guide is shifted by us (a shift set at any level, 0 included), so a provider tvg-shift would
        // shift it a second time in the player.
        if (c.edit().timing().shiftHours() != null) {
            attrs.removeIf(a -> a.key().equals("tvg-shift"));
        }
        return new M3uEntry(src.line(), src.duration(), attrs, c.displayName(), null, src.extraLines(),
                src.url(), src.urlSuffix());
    }

    /** Applies the channel's effective catch-up (null or PROVIDER: the provider's attributes as they are). */
    private static void catchup(List<M3uAttribute> attrs, Catchup catchup) {
        if (catchup == null || catchup.mode() == Catchup.Mode.PROVIDER) {
            return;
        }
        if (catchup.mode() == Catchup.Mode.OFF) {
            attrs.removeIf(a -> CATCHUP_KEYS.contains(a.key()));
            return;
        }
        String type = catchup.type();
        if (type == null && attrs.stream().noneMatch(a -> a.key().equals("catchup") && !a.value().isBlank())) {
            type = "default";
        }
        set(attrs, "catchup", type);
        set(attrs, "catchup-days", catchup.days() == null ? null : Integer.toString(catchup.days()));
        set(attrs, "catchup-source", catchup.source());
    }

    /** Replaces the first value of {@code key} in place (keeps attribute order) and drops repeats, or appends. */
    private static void set(List<M3uAttribute> attrs, String key, String value) {
        if (value == null) {
            return;
        }
        boolean replaced = false;
        for (int i = 0; i < attrs.size(); i++) {
            if (!attrs.get(i).key().equals(key)) {
                continue;
            }
            if (replaced) {
                attrs.remove(i--);
            } else {
                attrs.set(i, new M3uAttribute(key, value));
                replaced = true;
            }
        }
        if (!replaced) {
            attrs.add(new M3uAttribute(key, value));
        }
    }
}
