package dev.lineup.service.publish;

import dev.lineup.sync.PublishReport;
import java.time.Instant;
import java.util.List;

/**
 * One publish or output run as the History screen lists it: who started it ({@link StartedBy#label()}; null
 * in runs recorded before that was kept) and, for a publish that went out, the layout's files with their
 * share links.
 */
public record PublishRecord(Instant at, String layout, String target, long generation, String outcome,
                            String startedBy, List<PublishReport.FileResult> files) {
    public PublishRecord {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** The file names of the run, comma separated (empty when none went out). */
    public String fileNames() {
        return String.join(", ", files.stream().map(PublishReport.FileResult::name).toList());
    }
}
