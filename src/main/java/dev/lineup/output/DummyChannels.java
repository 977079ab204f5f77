package dev.lineup.output;

import dev.lineup.model.ChannelKey;
import dev.lineup.model.LayoutOptions;
import dev.lineup.xmltv.DummyProgrammes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the channels that get placeholder programmes (visible channels whose guide id no guide
 * source has) and gives each the id its playlist entry and its placeholder guide share.
 */
final class DummyChannels {
    static final String PREFIX = "lineup-dummy.";

    /** The channels to write, some with a generated tvg-id, and the placeholders for them. */
    record Plan(List<OutputChannel> channels, DummyProgrammes dummies) {
    }

    private DummyChannels() {
    }

    /**
     * @param guideIds every channel id of every guide source
     * @param block    placeholder length; zero turns placeholders off
     */
    static Plan plan(List<OutputChannel> channels, Set<String> guideIds, LayoutOptions options, Instant now,
                     Duration block) {
        if (block.isZero()) {
            return new Plan(channels, DummyProgrammes.none());
        }
        List<OutputChannel> out = new ArrayList<>(channels.size());
        List<DummyProgrammes.Channel> dummies = new ArrayList<>();
        for (OutputChannel c : channels) {
            String from = c.guideSourceId();
            if (from != null && guideIds.contains(from)) {
                out.add(c);
                continue;
            }
            OutputChannel d = c.outputGuideId() != null ? c
                    : new OutputChannel(c.group(), c.edit().withTvgId(idFor(c)), c.source());
            dummies.add(new DummyProgrammes.Channel(d.outputGuideId(), d.displayName(), d.logo()));
            out.add(d);
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        int back = options.guideDaysBack() == null ? 0 : options.guideDaysBack();
        int ahead = options.guideDaysAhead() == null ? 7 : options.guideDaysAhead();
        return new Plan(out, DummyProgrammes.of(dummies, today.minus(Duration.ofDays(back)),
                today.plus(Duration.ofDays(ahead + 1L)), block));
    }

    /** A generated id, stable across runs: derived from the channel's name and its source key. */
    static String idFor(OutputChannel c) {
        String slug = ChannelKey.normalizeName(c.displayName()).replace(' ', '-');
        return PREFIX + (slug.isEmpty() ? "channel" : slug) + "." + Integer.toHexString(c.edit().sourceKey().hashCode());
    }
}
