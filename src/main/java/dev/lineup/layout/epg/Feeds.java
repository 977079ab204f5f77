package dev.lineup.layout.epg;

import java.util.List;
import java.util.Set;

/**
 * Chooses among one channel's feeds in the guide ("X.in@HD" and "X.in@SD", "RedBullTV.at@EUMENA"):
 * the feed the name names wins, then the feed in the quality the name's tag asks for. Small nudges:
 * they order feeds of one channel, never one channel over another.
 */
final class Feeds {
    static final double NAMED_FEED = 0.03;
    static final double QUALITY_FEED = 0.004;
    private static final Set<String> HIGH = Set.of("hd", "fhd", "uhd", "4k", "8k", "hdr", "fullhd");

    private Feeds() {
    }

    static void prefer(List<Proposals.Scored> ranked, String channelName, NormalizedName n, GuideIndex index) {
        String nameKey = String.join("", NameNormalizer.tokens(channelName));
        boolean high = n.removed().stream().anyMatch(r -> r.startsWith("quality tag") && !r.toLowerCase().contains("'sd'"));
        for (Proposals.Scored s : ranked) {
            String feed = index.parsedId(s.guide).feed();
            if (feed == null) {
                continue;
            }
            boolean qualityFeed = NameNormalizer.QUALITY.contains(feed);
            if (!qualityFeed && feed.length() >= 2 && nameKey.contains(feed)) {
                s.confidence = Math.min(1, s.confidence + NAMED_FEED);
                s.reason += "; the name names the guide channel's feed '" + feed.toUpperCase(java.util.Locale.ROOT) + "'";
            } else if (qualityFeed && n.qualityTag() && HIGH.contains(feed) == high) {
                s.confidence = Math.min(1, s.confidence + QUALITY_FEED);
                s.reason += "; the " + feed.toUpperCase(java.util.Locale.ROOT) + " feed, as the name's quality tag asks";
            }
        }
    }
}
