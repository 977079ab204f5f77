package dev.lineup.service.publish;

import dev.lineup.sync.PublishReport;
import java.util.List;

/** What {@link PublishService#publish} did: the layouts rendered, the target, and the publisher's report. */
public record PublishResult(List<String> layouts, String target, PublishReport report) {
    public PublishResult {
        layouts = List.copyOf(layouts);
    }
}
