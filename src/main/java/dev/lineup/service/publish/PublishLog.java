package dev.lineup.service.publish;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.output.LayoutOutput;
import dev.lineup.store.Settings;
import dev.lineup.sync.PublishReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Publish and History screens remember between sessions, kept in the settings table: the files
 * of each layout's last publish ({@code layout.NAME.files}) and the last {@value #KEEP} publish runs
 * ({@code publish.runs}). Share links are public download links, never secrets.
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
                .filter(f -> f.name().startsWith(prefix) || f.name().equals("lineup-manifest.json")).toList();
    }

    synchronized void published(String layout, List<PublishReport.FileResult> files) {
        settings.set("layout." + layout + ".files", write(files));
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
