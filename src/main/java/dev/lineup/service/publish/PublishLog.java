package dev.lineup.service.publish;

import dev.lineup.model.LayoutState;
import dev.lineup.model.ProblemFix;
import dev.lineup.model.PublishRun;
import dev.lineup.model.PublishedFile;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.store.LineupStore;
import dev.lineup.sync.PublishReport;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What the Publish and History screens remember between sessions, written by the publishing service for
 * every caller (desktop, command line, schedule), in the database's typed tables: each layout's last
 * publish (when, generation, its files with their share links) and every run with who started it and its
 * files. Share links are public download links, never secrets.
 */
final class PublishLog {
    /** How a run the recovery wizard started begins in History. */
    static final String BY_WIZARD = "published by the recovery wizard: ";
    /** Runs History shows. */
    static final int KEEP = 200;
    private final LineupStore store;

    PublishLog(LineupStore store) {
        this.store = store;
    }

    /** The files of one layout in a target's combined report: its own files and the shared manifest. */
    List<PublishReport.FileResult> filesOf(String layout, PublishReport report) {
        String prefix = LayoutOutput.fileName(store, layout) + ".";
        return report.files().stream()
                .filter(f -> f.name().startsWith(prefix) || f.name().equals(Manifest.FILE_NAME)).toList();
    }

    /** A publish of {@code layouts} that went out: each layout's state and one run each, with its files. */
    void published(List<String> layouts, String target, PublishReport report, StartedBy by, String what) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String layout : layouts) {
            List<PublishedFile> files = filesOf(layout, report).stream()
                    .map(f -> new PublishedFile(f.name(), f.size(), f.uploaded(), f.shareLink())).toList();
            store.layoutState().published(layout, report.generation(), at);
            store.publishRuns().publishedFiles(layout, target, files);
            store.publishRuns().record(new PublishRun(at, layout, target, report.generation(), what
                    + filesInWords(report.uploadedCount(), report.skippedCount()), by.label(), files));
        }
        // The target's problems met since its last good publish are over: History shows one "fixed" row for them.
        store.problems().fixed(target, what.startsWith(BY_WIZARD) ? "the recovery wizard publishing again"
                : "publishing again (started from " + by.label() + ")", Instant.now()); // after its problems, to the ms
    }

    /** What a publish did with the files, as History shows it: "3 files uploaded", no zero count. */
    static String filesInWords(long uploaded, long unchanged) {
        if (uploaded == 0) {
            return "nothing to upload, " + (unchanged == 1 ? "the file was" : "all " + unchanged + " files were")
                    + " already up to date";
        }
        String up = uploaded + (uploaded == 1 ? " file" : " files") + " uploaded";
        return unchanged == 0 ? up : up + ", " + unchanged + " unchanged";
    }

    /** Publish problems fixed, newest first. */
    List<ProblemFix> fixes(int limit) {
        return store.problems().fixes(limit);
    }

    /** A publish of {@code layouts} that failed with {@code problem} (its one-line summary). */
    void failed(List<String> layouts, String target, String problem, StartedBy by) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        layouts.forEach(l -> store.publishRuns().record(new PublishRun(at, l, target, 0, problem, by.label(), List.of())));
    }

    /** A layout rendered into a local folder only. */
    void output(String layout, String what, StartedBy by) {
        store.publishRuns().record(new PublishRun(Instant.now().truncatedTo(ChronoUnit.SECONDS), layout,
                "output folder", 0, what, by.label(), List.of()));
    }

    /**
     * The layout's last publish as the Publish screen shows it; {@code target} is where it goes now, and the
     * files (with their links) are those it last published there.
     */
    LayoutPublishState state(String layout, String target) {
        List<PublishedFile> files = target == null ? List.of() : store.publishRuns().publishedFiles(layout, target);
        Optional<PublishRun> there = target == null ? Optional.empty() : store.publishRuns().lastPublished(layout, target);
        if (there.isPresent()) { // each folder counts its own generations: this target's, not the newest anywhere
            return new LayoutPublishState(layout, target, there.get().at().toString(), there.get().generation(),
                    fileResults(files));
        }
        if (target != null && files.isEmpty()) {
            return new LayoutPublishState(layout, target, null, 0, List.of()); // published elsewhere, never here
        }
        // Files there but no run under this name (renamed since, or older than the run log): the layout's last.
        Optional<LayoutState> s = store.layoutState().get(layout);
        String at = s.map(LayoutState::lastPublished).map(Object::toString).orElse(null);
        long generation = s.map(LayoutState::generation).orElse(0L);
        return new LayoutPublishState(layout, target, at, generation, fileResults(files));
    }

    /** Newest first. */
    List<PublishRecord> runs() {
        return store.publishRuns().recent(KEEP).stream().map(r -> new PublishRecord(r.at(), r.layout(), r.target(),
                r.generation(), r.outcome(), r.startedBy(), fileResults(r.files()))).toList();
    }

    private static List<PublishReport.FileResult> fileResults(List<PublishedFile> files) {
        return files.stream().map(f -> new PublishReport.FileResult(f.name(), f.size(), f.uploaded(), f.shareLink()))
                .toList();
    }
}
