package dev.lineup.output;

import dev.lineup.xmltv.GuideFilter;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns resolved channels into the guide filter: which guide channels, under which ids, shifted how. */
final class GuidePlan {
    private GuidePlan() {
    }

    static GuideFilter forChannels(List<OutputChannel> channels, RenderRequest req) {
        GuideFilter.Builder b = GuideFilter.builder();
        Set<String> done = new HashSet<>();
        for (OutputChannel c : channels) {
            String from = c.guideSourceId();
            String to = c.outputGuideId();
            // Two layout channels published under one guide id share one guide channel: first one wins.
            if (from == null || to == null || !done.add(to)) {
                continue;
            }
            if (from.equals(to)) {
                b.keep(from);
            } else {
                b.rename(from, to);
            }
            b.displayName(to, c.displayName());
            if (c.logo() != null) {
                b.icon(to, c.logo());
            }
            if (c.edit().shiftHours() != 0) {
                b.shift(to, c.edit().shiftHours());
            }
        }
        window(b, req);
        return b.build();
    }

    static GuideFilter keepIds(Collection<String> ids, RenderRequest req) {
        GuideFilter.Builder b = GuideFilter.builder();
        ids.forEach(b::keep);
        window(b, req);
        return b.build();
    }

    private static void window(GuideFilter.Builder b, RenderRequest req) {
        if (req.guideDaysBack() != null || req.guideDaysAhead() != null) {
            Instant now = req.now();
            b.window(now, req.guideDaysBack() == null ? 36500 : req.guideDaysBack(),
                    req.guideDaysAhead() == null ? 36500 : req.guideDaysAhead());
        }
    }
}
