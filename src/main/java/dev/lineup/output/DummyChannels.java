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
 * source has) and gives each the id its playlist entry and its placeholder guide share. Channels are
 * planned one at a time as they are written, so a layout is never held whole for this.
 */
final class DummyChannels {
    static final String PREFIX = "lineup-dummy.";
    private final Set<String> guideIds;
    private final LayoutOptions options;
    private final Instant now;
    private final Duration block;
    private final List<DummyProgrammes.Channel> dummies = new ArrayList<>();

    /**
     * @param guideIds every channel id of every guide source
     * @param block    placeholder length; zero turns placeholders off
     */
    DummyChannels(Set<String> guideIds, LayoutOptions options, Instant now, Duration block) {
        this.guideIds = guideIds;
        this.options = options;
        this.now = now;
        this.block = block;
    }

    /** The channel as it is written: with a generated tvg-id when it needs a placeholder and has none. */
    OutputChannel plan(OutputChannel c) {
        if (block.isZero()) {
            return c;
        }
        String from = c.guideSourceId();
        if (from != null && guideIds.contains(from)) {
            return c;
        }
        OutputChannel d = c.outputGuideId() != null ? c
                : new OutputChannel(c.group(), c.edit().withTvgId(idFor(c)), c.source());
        dummies.add(new DummyProgrammes.Channel(d.outputGuideId(), d.displayName(), d.logo()));
        return d;
    }

    /** The placeholders for every channel planned so far. */
    DummyProgrammes dummies() {
        if (block.isZero()) {
            return DummyProgrammes.none();
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        int back = options.guideDaysBack() == null ? 0 : options.guideDaysBack();
        int ahead = options.guideDaysAhead() == null ? 7 : options.guideDaysAhead();
        return DummyProgrammes.of(dummies, today.minus(Duration.ofDays(back)), today.plus(Duration.ofDays(ahead + 1L)),
                block);
    }

    /** A generated id, stable across runs: derived from the channel's name and its source key. */
    static String idFor(OutputChannel c) {
        String slug = ChannelKey.normalizeName(c.displayName()).replace(' ', '-');
        return PREFIX + (slug.isEmpty() ? "channel" : slug) + "." + Integer.toHexString(c.edit().sourceKey().hashCode());
    }
}
