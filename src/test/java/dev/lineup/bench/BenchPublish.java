package dev.lineup.bench;

import dev.lineup.output.Hashing;
import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lineup.model.Role;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.ProblemHistory;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.StagedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the upload benchmarks share: a staged "Family" output around a guide, a publisher, medians. */
final class BenchPublish {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchPublish() {
    }

    /** Writes a small playlist and the manifest beside {@code guide} in {@code stage}, as the renderer would. */
    static void stage(Path stage, Path guide) throws IOException {
        Path m3u = Files.writeString(stage.resolve("family.m3u"), "#EXTM3U\n#EXTINF:-1 tvg-id=\"a\",A\nhttp://a.test/1\n");
        ObjectNode m = JSON.createObjectNode();
        m.put("schema", 1).put("layout", "Family").put("generation", 0).put("createdAt", Instant.now().toString());
        m.putObject("instance").put("id", "bench").put("name", "Bench PC");
        for (Path p : List.of(m3u, guide)) {
            m.withArray("files").addObject().put("name", p.getFileName().toString()).put("size", Files.size(p))
                    .put("sha256", Hashing.sha256(p));
        }
        Files.write(stage.resolve(Manifest.FILE_NAME), JSON.writeValueAsBytes(m));
    }

    /** A primary's publisher on {@code target} with the standard pacer and a 30 s lease. */
    static Publisher publisher(PublishTarget target) {
        return new Publisher(new LeaseManager(target, RetryPacer.standard(),
                LeaseOwner.current("bench", "Bench PC", "bench"), Duration.ofSeconds(30)), RetryPacer.standard(),
                Role.PRIMARY, ProblemHistory.NONE);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
