package dev.lineup.service.publish;

import dev.lineup.model.PublishRun;
import dev.lineup.model.PublishedFile;
import dev.lineup.output.LayoutOutput;
import dev.lineup.store.PublishRunStore;
import dev.lineup.sync.PublishReport;
import java.util.List;

/**
 * What the Publish and History screens remember between sessions, in the database's typed tables
 * ({@link PublishRunStore}): the files of each layout's last publish and the publish runs. Share links are
 * public download links, never secrets.
 */
final class PublishLog {
    /** Runs History shows. */
    static final int KEEP = 200;
    private final PublishRunStore runs;

    PublishLog(PublishRunStore runs) {
        this.runs = runs;
    }

    /** The files of one layout in a target's combined report: its own files and the shared manifest. */
    static List<PublishReport.FileResult> filesOf(String layout, PublishReport report) {
        String prefix = LayoutOutput.fileName(layout) + ".";
        return report.files().stream()
                .filter(f -> f.name().startsWith(prefix) || f.name().equals("lineup-manifest.json")).toList();
    }

    void published(String layout, List<PublishReport.FileResult> files) {
        runs.publishedFiles(layout, files.stream()
                .map(f -> new PublishedFile(f.name(), f.size(), f.uploaded(), f.shareLink())).toList());
    }

    List<PublishReport.FileResult> files(String layout) {
        return runs.publishedFiles(layout).stream()
                .map(f -> new PublishReport.FileResult(f.name(), f.size(), f.uploaded(), f.shareLink())).toList();
    }

    void run(PublishRecord record) {
        runs.record(new PublishRun(record.at(), record.layout(), record.target(), record.generation(), record.outcome()));
    }

    /** Newest first. */
    List<PublishRecord> runs() {
        return runs.recent(KEEP).stream()
                .map(r -> new PublishRecord(r.at(), r.layout(), r.target(), r.generation(), r.outcome())).toList();
    }
}
