package dev.lineup.service.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.Manifest;
import dev.lineup.store.Settings;
import dev.lineup.sync.PublishReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Publish and History screens remember between sessions, written by the publishing service for
 * every caller (desktop, command line, schedule): each layout's last publish (when, generation, its files
 * with their share links) and the last {@value #KEEP} runs. The one class that knows where this is kept
 * (settings keys {@code layout.NAME.last-published|generation|files} and {@code publish.runs}). Share
 * links are public download links, never secrets.
 */
final class PublishLog {
    static final int KEEP = 200;
    private static final Logger LOG = LoggerFactory.getLogger(PublishLog.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String RUNS = "publish.runs";
    private final Settings settings;

    PublishLog(Settings settings) {
        this.settings = settings;
    }

    /** The files of one layout in a target's combined report: its own files and the shared manifest. */
    static List<PublishReport.FileResult> filesOf(String layout, PublishReport report) {
        String prefix = LayoutOutput.fileName(layout) + ".";
        return report.files().stream()
                .filter(f -> f.name().startsWith(prefix) || f.name().equals(Manifest.FILE_NAME)).toList();
    }

    /** A publish of {@code layouts} that went out: each layout's state and one run each, with its files. */
    synchronized void published(List<String> layouts, String target, PublishReport report, StartedBy by,
                                String what) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String layout : layouts) {
            List<PublishReport.FileResult> files = filesOf(layout, report);
            settings.set("layout." + layout + ".last-published", at.toString());
            settings.set("layout." + layout + ".generation", Long.toString(report.generation()));
            settings.set("layout." + layout + ".files", write(files));
            run(new PublishRecord(at, layout, target, report.generation(), what + report.uploadedCount()
                    + " uploaded, " + report.skippedCount() + " unchanged", by.label(), files));
        }
    }

    /** A publish of {@code layouts} that failed with {@code problem} (its one-line summary). */
    void failed(List<String> layouts, String target, String problem, StartedBy by) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        layouts.forEach(l -> run(new PublishRecord(at, l, target, 0, problem, by.label(), List.of())));
    }

    /** A layout rendered into a local folder only. */
    void output(String layout, String what, StartedBy by) {
        run(new PublishRecord(Instant.now().truncatedTo(ChronoUnit.SECONDS), layout, "output folder", 0, what,
                by.label(), List.of()));
    }

    /** The layout's last publish as the Publish screen shows it; {@code target} is where it goes now. */
    LayoutPublishState state(String layout, String target) {
        String at = settings.get("layout." + layout + ".last-published").orElse(null);
        long generation = settings.get("layout." + layout + ".generation").map(Long::parseLong).orElse(0L);
        return new LayoutPublishState(layout, target, at, generation, files(layout));
    }

    List<PublishReport.FileResult> files(String layout) {
        return read(settings.get("layout." + layout + ".files").orElse("[]"),
                new TypeReference<List<PublishReport.FileResult>>() { });
    }

    synchronized void run(PublishRecord record) {
        List<PublishRecord> runs = new ArrayList<>(runs());
        runs.add(0, record);
        settings.set(RUNS, write(runs.subList(0, Math.min(KEEP, runs.size()))));
    }

    /** Newest first. */
    List<PublishRecord> runs() {
        return read(settings.get(RUNS).orElse("[]"), new TypeReference<List<PublishRecord>>() { });
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            // A damaged entry only loses the remembered list, never the publish itself.
            LOG.warn("ignoring an unreadable remembered publish list: {}", e.getMessage());
            return List.of();
        }
    }
}
