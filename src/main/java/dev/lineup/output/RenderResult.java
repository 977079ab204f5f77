package dev.lineup.output;

import dev.lineup.m3u.M3uIssue;
import java.util.List;

/** What a render wrote: the manifest (files, sizes, hashes), counts, and the input problems skipped. */
public record RenderResult(Manifest manifest, int channels, long guideChannels, long programmes,
                           long programmesDropped, int missingChannels, List<M3uIssue> playlistIssues) {
    public RenderResult {
        playlistIssues = List.copyOf(playlistIssues);
    }
}
