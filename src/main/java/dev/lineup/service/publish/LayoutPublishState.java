package dev.lineup.service.publish;

import dev.lineup.sync.PublishReport;
import java.util.List;

/**
 * One layout on the Publish screen: the target it goes to, when it last went out (ISO instant, or null
 * when never) with which generation, and the files of that publish with their share links.
 */
public record LayoutPublishState(String layout, String target, String lastPublished, long generation,
                                 List<PublishReport.FileResult> files) {
    public LayoutPublishState {
        files = List.copyOf(files);
    }

    public boolean neverPublished() {
        return lastPublished == null;
    }
}
