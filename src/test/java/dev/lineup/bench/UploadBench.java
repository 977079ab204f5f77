package dev.lineup.bench;

import dev.lineup.output.Manifest;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.Publisher;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.StagedFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.sync.TokenStore;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.LoggedRequest;
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

/**
 * Upload cost of the Dropbox target against the fake Dropbox in this JVM, over loopback HTTP:
 * <ol>
 * <li>a guide-like XMLTV file (GuideBench's generator) put through {@link DropboxTarget} — the real SDK,
 * a concurrent upload session with the default chunk size and connections unless given — versus one raw HTTP POST of the same bytes to the fake's
 * {@code /2/files/upload} (the fastest any client could send them to the same server), and the same
 * chunks as a sequential session of plain requests;</li>
 * <li>a publish through {@link Publisher}, then a re-publish of the unchanged output: bytes uploaded as the
 * report says and as the fake's request log counts them.</li>
 * </ol>
 * <pre>BENCH_JVM_OPTS=-Xmx3g src/bench/run.sh UploadBench [SIZE_MB=200] [ROUNDS=3] [CHUNK_MIB=16] [CONNECTIONS=2]
 *     [WORK_DIR=target/bench-upload]</pre>
 */
public final class UploadBench {
    private static final String FOLDER = "/BENCH";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int chunkMib = args.length > 2 ? Integer.parseInt(args[2]) : DropboxConfig.DEFAULT_CHUNK / (1024 * 1024);
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : DropboxConfig.DEFAULT_CONNECTIONS;
        Path work = Path.of(args.length > 4 ? args[4] : "target/bench-upload");
        Path stage = work.resolve("stage");
        Files.createDirectories(stage);
        Path guide = stage.resolve("family.xml");
        if (!Files.exists(guide) || Files.size(guide) < sizeMb * 1_000_000 * 95 / 100) {
            GuideBench.generate(guide, sizeMb * 1_000_000);
        }
        double mb = Files.size(guide) / 1e6;
        System.out.printf("guide: %s, %.1f MB, %d MiB chunks, %d connection(s); %d cores, java %s%n", guide, mb,
                chunkMib, connections, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        try (FakeDropbox fake = FakeDropbox.start(); DropboxTarget target = target(fake, chunkMib, connections)) {
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Path small = Files.writeString(work.resolve("warmup.xml"), "<tv/>\n".repeat(200_000));
            rawPost(raw, fake, small, "warmup-raw.xml");
            target.put("warmup.xml", small);

            List<Double> rawSessionSeconds = new ArrayList<>();
            List<Double> rawSeconds = new ArrayList<>();
            List<Double> targetSeconds = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                rawPost(raw, fake, guide, "raw-guide.xml");
                rawSeconds.add((System.nanoTime() - t0) / 1e9);
                long ts = System.nanoTime();
                rawSession(raw, fake, guide, "raw-session-guide.xml", chunkMib * 1024 * 1024);
                rawSessionSeconds.add((System.nanoTime() - ts) / 1e9);
                long t1 = System.nanoTime();
                RemoteFile put = target.put("guide.xml", guide);
                targetSeconds.add((System.nanoTime() - t1) / 1e9);
                if (put.size() != Files.size(guide) || !put.contentHash().equals(target.contentHashOf(guide))) {
                    throw new IllegalStateException("upload arrived damaged: " + put);
                }
                System.out.printf("round %d: raw POST %.2f s (%.0f MB/s), raw session %.2f s, DropboxTarget.put %.2f s"
                                + " (%.0f MB/s)%n", round, rawSeconds.get(round - 1), mb / rawSeconds.get(round - 1),
                        rawSessionSeconds.get(round - 1),
                        targetSeconds.get(round - 1), mb / targetSeconds.get(round - 1));
            }
            double rawMedian = BenchPublish.median(rawSeconds);
            double targetMedian = BenchPublish.median(targetSeconds);
            System.out.printf("median: raw POST %.2f s, raw session (same chunks, sequential, no SDK) %.2f s, "
                            + "DropboxTarget.put %.2f s; ratio %.2fx (target <= 1.5x)%n",
                    rawMedian, BenchPublish.median(rawSessionSeconds), targetMedian, targetMedian / rawMedian);
            double rawBest = Collections.min(rawSeconds);
            double targetBest = Collections.min(targetSeconds);
            System.out.printf("best: raw POST %.2f s, DropboxTarget.put %.2f s; ratio %.2fx%n", rawBest, targetBest,
                    targetBest / rawBest);
            long sessionCalls = fake.requests().stream().filter(r -> r.path().contains("upload_session")).count();
            System.out.printf("upload-session calls for %d puts: %d%n", rounds, sessionCalls);

            republish(fake, target, stage, guide);
        }
    }

    private static void republish(FakeDropbox fake, DropboxTarget target, Path stage, Path guide) throws Exception {
        BenchPublish.stage(stage, guide);
        target.delete("family.xml");
        target.delete("family.m3u");
        target.delete(Manifest.FILE_NAME);
        Publisher publisher = BenchPublish.publisher(target);
        for (String label : new String[] {"first publish", "re-publish, unchanged"}) {
            int before = fake.requests().size();
            long t0 = System.nanoTime();
            PublishReport r = publisher.publish(stage, "bench " + label);
            double s = (System.nanoTime() - t0) / 1e9;
            List<LoggedRequest> calls = fake.requests().subList(before, fake.requests().size());
            long uploadBodies = calls.stream().filter(c -> c.path().startsWith("/2/files/upload")
                    && !c.arg().contains("lockfile.json") && !c.arg().contains("lineup-generation.json"))
                    .mapToLong(LoggedRequest::bodyBytes).sum();
            long contentBodies = calls.stream().filter(c -> c.path().startsWith("/2/files/upload")
                    && !c.arg().contains("lockfile.json") && !c.arg().contains("lineup-generation.json")
                    && !c.arg().contains(Manifest.FILE_NAME)).mapToLong(LoggedRequest::bodyBytes).sum();
            System.out.printf("%s: %.2f s, report bytesUploaded %d, manifest written %s; fake request log: "
                            + "%d requests, %d upload bytes of output files, %d incl. manifest%n", label, s,
                    r.bytesUploaded(), r.manifestWritten(), calls.size(), contentBodies, uploadBodies);
        }
    }

    private static DropboxTarget target(FakeDropbox fake, int chunkMib, int connections) {
        TokenStore tokens = TokenStore.inMemory();
        tokens.put("bench", OAuthTokens.accessOnly(fake.accessToken()));
        return new DropboxTarget(DropboxConfig.of("bench", FOLDER).withApiBaseUrl(fake.baseUrl())
                .withClientIdentifier("Lineup/bench").withChunkSize(chunkMib * 1024 * 1024)
                .withConnections(connections), tokens);
    }

    /** One plain HTTP request carrying the whole file, streamed from disk, to the same fake. */
    private static void rawPost(HttpClient raw, FakeDropbox fake, Path file, String name) throws Exception {
        String arg = "{\"path\":\"" + FOLDER + "/" + name + "\",\"mode\":\"overwrite\",\"mute\":true}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/2/files/upload"))
                .header("Authorization", "Bearer " + fake.accessToken())
                .header("Dropbox-API-Arg", arg).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> r = raw.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("raw upload failed: " + r.statusCode() + " " + r.body());
        }
    }

    /** The same upload session the target runs (start, append_v2, finish in the same chunks) as plain requests. */
    private static void rawSession(HttpClient raw, FakeDropbox fake, Path file, String name, int chunk)
            throws Exception {
        long size = Files.size(file);
        String session = null;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (long offset = 0; offset < size; offset += chunk) {
                byte[] bytes = in.readNBytes(chunk);
                String route;
                String arg;
                if (offset == 0) {
                    route = "start";
                    arg = "{}";
                } else if (offset + chunk < size) {
                    route = "append_v2";
                    arg = "{\"cursor\":{\"session_id\":\"" + session + "\",\"offset\":" + offset + "}}";
                } else {
                    route = "finish";
                    arg = "{\"cursor\":{\"session_id\":\"" + session + "\",\"offset\":" + offset + "},"
                            + "\"commit\":{\"path\":\"" + FOLDER + "/" + name + "\",\"mode\":\"overwrite\"}}";
                }
                HttpResponse<String> r = raw.send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
                                + "/2/files/upload_session/" + route))
                        .header("Authorization", "Bearer " + fake.accessToken()).header("Dropbox-API-Arg", arg)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("raw session " + route + " failed: " + r.statusCode() + " " + r.body());
                }
                if (offset == 0) {
                    session = JSON.readTree(r.body()).get("session_id").asText();
                }
            }
        }
    }
}
