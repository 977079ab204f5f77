package dev.lineup.bench;

import dev.lineup.output.Manifest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.StagedFolder;
import dev.lineup.sync.TokenStore;
import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Upload cost of the Google Drive target against the fake Drive in this JVM, over loopback HTTP:
 * <ol>
 * <li>a guide-like XMLTV file (GuideBench's generator) put through {@link DriveTarget} — the real
 * google-api-services-drive client, a resumable upload in the configured chunks — versus one raw
 * {@code uploadType=media} request carrying the same bytes to the fake's upload endpoint (the fastest any
 * client could send them to the same server), and the same resumable session (open + the same chunks)
 * as plain java.net.http requests;</li>
 * <li>a publish through {@link Publisher}, then a re-publish of the unchanged output: bytes uploaded as
 * the report says and as the fake counts them ({@link FakeDrive#uploadedBytes()}, its write log).</li>
 * </ol>
 * <pre>BENCH_JVM_OPTS=-Xmx3g src/bench/run.sh DriveUploadBench [SIZE_MB=200] [ROUNDS=3] [CHUNK_MIB=default]
 *     [WORK_DIR=target/bench-upload]</pre>
 */
public final class DriveUploadBench {
    private static final String FOLDER = "Lineup bench";
    private static final String TOKEN = "bench-raw-token";
    private static final DriveStore.Account USER = new DriveStore.Account("Bench", "bench@example.com");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LEASE_FILES = Set.of("lockfile.json", "lineup-generation.json");

    public static void main(String[] args) throws Exception {
        long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) * 1024 * 1024 : DriveTargetConfig.DEFAULT_CHUNK_SIZE;
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench-upload");
        Path stage = work.resolve("stage");
        Files.createDirectories(stage);
        Path guide = stage.resolve("family.xml");
        if (!Files.exists(guide) || Files.size(guide) < sizeMb * 1_000_000 * 95 / 100) {
            GuideBench.generate(guide, sizeMb * 1_000_000);
        }
        double mb = Files.size(guide) / 1e6;
        System.out.printf("guide: %s, %.1f MB, %d MiB chunks; %d cores, java %s%n", guide, mb, chunk / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        try (FakeDrive fake = FakeDrive.start()) {
            fake.oauth().registerAccessToken(TOKEN, USER);
            DriveTarget target = target(fake, chunk);
            String localMd5 = target.contentHashOf(guide);
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Path small = Files.writeString(work.resolve("warmup.xml"), "<tv/>\n".repeat(2_000_000));
            target.put("warmup.xml", small); // creates the folder; warms the SDK and the fake
            String rawId = RawDrive.createMedia(raw, fake, small);
            RawDrive.updateMedia(raw, fake, rawId, small);
            RawDrive.resumable(raw, fake, rawId, small, chunk);

            List<Double> rawSeconds = new ArrayList<>();
            List<Double> sessionSeconds = new ArrayList<>();
            List<Double> targetSeconds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                RawDrive.updateMedia(raw, fake, rawId, guide);
                rawSeconds.add((System.nanoTime() - t0) / 1e9);
                long ts = System.nanoTime();
                RawDrive.resumable(raw, fake, rawId, guide, chunk);
                sessionSeconds.add((System.nanoTime() - ts) / 1e9);
                long t1 = System.nanoTime();
                RemoteFile put = target.put("guide.xml", guide);
                targetSeconds.add((System.nanoTime() - t1) / 1e9);
                if (put.size() != Files.size(guide) || !localMd5.equals(put.contentHash())) {
                    throw new IllegalStateException("upload arrived damaged: " + put);
                }
                System.out.printf("round %d: raw media request %.2f s (%.0f MB/s), raw resumable %.2f s, "
                                + "DriveTarget.put %.2f s (%.0f MB/s)%n", round, rawSeconds.get(round - 1),
                        mb / rawSeconds.get(round - 1), sessionSeconds.get(round - 1), targetSeconds.get(round - 1),
                        mb / targetSeconds.get(round - 1));
            }
            double rawMedian = BenchPublish.median(rawSeconds);
            double targetMedian = BenchPublish.median(targetSeconds);
            System.out.printf("median: raw media request %.2f s, raw resumable (same chunks, no SDK) %.2f s, "
                            + "DriveTarget.put %.2f s; ratio %.2fx (target <= 1.5x)%n",
                    rawMedian, BenchPublish.median(sessionSeconds), targetMedian, targetMedian / rawMedian);
            double rawBest = Collections.min(rawSeconds);
            double targetBest = Collections.min(targetSeconds);
            System.out.printf("best: raw media request %.2f s, raw resumable %.2f s, DriveTarget.put %.2f s; "
                            + "ratio %.2fx%n", rawBest, Collections.min(sessionSeconds), targetBest,
                    targetBest / rawBest);
            System.out.printf("resumable sessions opened: %d%n", fake.resumableSessionsOpened());

            republish(fake, target, stage, guide);
        }
    }

    private static void republish(FakeDrive fake, DriveTarget target, Path stage, Path guide) throws Exception {
        BenchPublish.stage(stage, guide);
        Publisher publisher = BenchPublish.publisher(target);
        for (String label : new String[] {"first publish", "re-publish, unchanged"}) {
            long bytesBefore = fake.uploadedBytes();
            int logBefore = fake.store().writeLog().size();
            long t0 = System.nanoTime();
            PublishReport r = publisher.publish(stage, "bench " + label);
            double s = (System.nanoTime() - t0) / 1e9;
            List<DriveStore.WriteEvent> writes = fake.store().writeLog().subList(logBefore,
                    fake.store().writeLog().size());
            long outputWrites = writes.stream().filter(w -> ("create".equals(w.op()) || "update".equals(w.op()))
                    && !LEASE_FILES.contains(w.name())).count();
            long outputBytes = writes.stream().filter(w -> ("create".equals(w.op()) || "update".equals(w.op()))
                    && !LEASE_FILES.contains(w.name()) && !Manifest.FILE_NAME.equals(w.name()))
                    .mapToLong(w -> fake.store().get(w.fileId()).map(f -> (long) f.content().length).orElse(0L))
                    .sum();
            System.out.printf("%s: %.2f s, report bytesUploaded %d, manifest written %s; fake: %d upload body bytes"
                            + " (incl. lease files), %d output-file writes (incl. manifest) of %d bytes (excl. "
                            + "manifest), %d store writes%n", label, s, r.bytesUploaded(), r.manifestWritten(),
                    fake.uploadedBytes() - bytesBefore, outputWrites, outputBytes, writes.size());
        }
    }

    private static DriveTarget target(FakeDrive fake, int chunk) {
        DriveEndpoints endpoints = DriveEndpoints.at(fake.rootUrl());
        DriveAuth auth = new DriveAuth(endpoints, "lineup-test", null, TokenStore.inMemory(), "gdrive.bench");
        return new DriveTarget(DriveTargetConfig.of(endpoints, FOLDER)
                .withUploads(DriveTargetConfig.DEFAULT_RESUMABLE_THRESHOLD, chunk),
                auth.fromRefreshToken(fake.oauth().issue(USER).refreshToken())); // issue() grants client "lineup-test"
    }

    /** The same uploads as plain java.net.http requests (no Google SDK) to the same fake. */
    private static final class RawDrive {
        static String createMedia(HttpClient raw, FakeDrive fake, Path file) throws Exception {
            HttpResponse<String> r = send(raw, request(fake, "upload/drive/v3/files?uploadType=media")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
            return JSON.readTree(r.body()).get("id").asText();
        }

        /** One request carrying the whole file, streamed from disk. */
        static void updateMedia(HttpClient raw, FakeDrive fake, String id, Path file) throws Exception {
            send(raw, request(fake, "upload/drive/v3/files/" + id + "?uploadType=media")
                    .method("PATCH", HttpRequest.BodyPublishers.ofFile(file)).build());
        }

        /** A resumable session on an existing file: open, then the chunks in order, each read into memory. */
        static void resumable(HttpClient raw, FakeDrive fake, String id, Path file, int chunk) throws Exception {
            long size = Files.size(file);
            HttpResponse<String> open = send(raw, request(fake, "upload/drive/v3/files/" + id
                    + "?uploadType=resumable").header("X-Upload-Content-Length", Long.toString(size))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
            URI session = URI.create(open.headers().firstValue("Location").orElseThrow());
            try (InputStream in = Files.newInputStream(file)) {
                for (long offset = 0; offset < size; offset += chunk) {
                    byte[] bytes = in.readNBytes(chunk);
                    send(raw, HttpRequest.newBuilder(session).header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Range", "bytes " + offset + "-" + (offset + bytes.length - 1) + "/" + size)
                            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
                }
            }
        }

        private static HttpRequest.Builder request(FakeDrive fake, String pathAndQuery) {
            return HttpRequest.newBuilder(URI.create(fake.rootUrl() + pathAndQuery))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/xml");
        }

        private static HttpResponse<String> send(HttpClient raw, HttpRequest req) throws Exception {
            HttpResponse<String> r = raw.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200 && r.statusCode() != 308) {
                throw new IllegalStateException("raw " + req.method() + " failed: " + r.statusCode() + " " + r.body());
            }
            return r;
        }
    }
}
