package dev.lineup.service.publish;

import dev.lineup.sync.LinkVerdict;
import dev.lineup.sync.PublishReport;
import java.util.List;

/**
 * What {@link PublishService#publish} did: the layouts rendered, the target, the publisher's report, and
 * what a player got from each published file's link ({@code links}; empty when the check was skipped).
 */
public record PublishResult(List<String> layouts, String target, PublishReport report, List<LinkVerdict> links) {
    public PublishResult {
        layouts = List.copyOf(layouts);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public PublishResult(List<String> layouts, String target, PublishReport report) {
        this(layouts, target, report, List.of());
    }

    /** Whether every checked link gave players the file (true when none was checked). */
    public boolean linksPlayable() {
        return links.stream().allMatch(LinkVerdict::playable);
    }
}
