package dev.lineup.layout.epg;

/**
 * One proposed guide channel for a layout channel: the guide id, its source, a confidence in [0,1],
 * a sentence saying why, and the time shift in hours to apply (1 for a "+1" channel mapped onto
 * its base channel's guide).
 */
public record GuideProposal(String guideId, String guideSourceName, int sourceRank, double confidence,
                            String reason, int shiftHours) {
    public GuideProposal {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
