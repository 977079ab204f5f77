package dev.lineup.output;

import dev.lineup.m3u.M3uIssue;
import java.util.List;

/**
 * What a render wrote: the manifest (files, sizes, hashes), counts, and the input problems skipped.
 * {@code removedByProvider}: layout channels left out because the provider no longer lists them;
 * {@code dummyGuideChannels}: channels given placeholder programmes because no guide has them.
 */
public record RenderResult(Manifest manifest, int channels, long guideChannels, long programmes,
                           long programmesDropped, int missingChannels, List<M3uIssue> playlistIssues,
                           int removedByProvider, int dummyGuideChannels) {
    public RenderResult {
        playlistIssues = List.copyOf(playlistIssues);
    }

    /** A render without a database: nothing is known about removed channels, no placeholders. */
    public RenderResult(Manifest manifest, int channels, long guideChannels, long programmes, long programmesDropped,
                        int missingChannels, List<M3uIssue> playlistIssues) {
        this(manifest, channels, guideChannels, programmes, programmesDropped, missingChannels, playlistIssues, 0, 0);
    }

    public RenderResult withStoreCounts(int removed, int dummies) {
        return new RenderResult(manifest, channels, guideChannels, programmes, programmesDropped, missingChannels,
                playlistIssues, removed, dummies);
    }
}
