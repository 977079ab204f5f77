package dev.lineup.output;

import dev.lineup.model.Timing;
import dev.lineup.xmltv.GuideFilter;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Turns resolved channels into the guide filter: which guide channels, under which ids, shifted how. */
final class GuidePlan {
    private final GuideFilter.Builder b = GuideFilter.builder();
    private final Set<String> done = new HashSet<>();
    /** Output id → the effective shift of the first channel published under it. */
    private final Map<String, Double> shiftOf = new HashMap<>();
    private final Set<String> keptFrom = new HashSet<>();
    private final Set<String> renamedFrom = new HashSet<>();
    private final Predicate<String> guideHas;

    /**
     * @param guideHas whether some guide lists a channel id; channels mapped to an id no guide lists add
     *                 nothing to the filter (a 500k-channel layout over a 4,000-channel guide builds a
     *                 filter of at most 4,000 channels, not 500k)
     */
    GuidePlan(Predicate<String> guideHas) {
        this.guideHas = guideHas;
    }

    static GuideFilter forChannels(List<OutputChannel> channels, RenderRequest req) {
        GuidePlan plan = new GuidePlan(id -> true);
        channels.forEach(plan::add);
        return plan.build(req);
    }

    /**
     * The channel as it is to be written. Two channels showing one guide channel under one id with different
     * effective shifts (a "+2 h" group beside the original) cannot share that id: the later one gets the id
     * with its shift appended ({@code bbc1.uk+2}) in both the playlist and the guide, so each one's programme
     * times are those its playlist entry promises.
     */
    OutputChannel place(OutputChannel c) {
        String from = c.guideSourceId();
        String to = c.outputGuideId();
        if (from == null || to == null || !guideHas.test(from)) {
            return c;
        }
        double shift = c.edit().timing().shiftOrZero();
        Double first = shiftOf.putIfAbsent(to, shift);
        if (first == null || first == shift) {
            return c;
        }
        String derived = to + (shift >= 0 ? "+" : "-") + Timing.hoursText(Math.abs(shift));
        shiftOf.putIfAbsent(derived, shift);
        return new OutputChannel(c.group(), c.edit().withTvgId(derived), c.source());
    }

    /** Notes one written channel (as {@link #place} returned it), in output order. */
    void add(OutputChannel c) {
        String from = c.guideSourceId();
        if (from == null || !guideHas.test(from)) {
            return;
        }
        String to = c.outputGuideId();
        // Two layout channels published under one guide id share one guide channel: first one wins.
        if (to == null || !done.add(to)) {
            return;
        }
        // A guide channel published under its own id and under another: renamed to itself too, else only
        // the other id would be published.
        if (from.equals(to)) {
            if (renamedFrom.contains(from)) {
                b.rename(from, from);
            } else {
                b.keep(from);
            }
            keptFrom.add(from);
        } else {
            if (renamedFrom.add(from) && keptFrom.contains(from)) {
                b.rename(from, from);
            }
            b.rename(from, to);
        }
        b.displayName(to, c.displayName());
        if (c.logo() != null) {
            b.icon(to, c.logo());
        }
        double shift = c.edit().timing().shiftOrZero(); // the effective shift, as the playlist entry has it
        if (shift != 0) {
            b.shift(to, shift);
        }
    }

    GuideFilter build(RenderRequest req) {
        window(b, req);
        return b.build();
    }

    /** Keeps these guide ids; {@code names} gives each the name of a {@code <channel>} the guide may lack. */
    static GuideFilter keepIds(Map<String, String> names, RenderRequest req) {
        GuideFilter.Builder b = GuideFilter.builder();
        names.forEach((id, name) -> b.keep(id).fallbackName(id, name));
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
