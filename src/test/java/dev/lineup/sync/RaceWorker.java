package dev.lineup.sync;

import dev.lineup.sync.local.LocalFolderTarget;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * One publishing process of {@link PublishRaceTest}: publishes {@code runs} times to one folder and
 * appends what it believes (ACQUIRE/RELEASE with timestamps, OUTCOME per run) to a shared event log.
 *
 * <p>Args: folder log runs ttlSeconds name fileDelayMillis
 */
public final class RaceWorker {
    private RaceWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path log = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Duration ttl = Duration.ofSeconds(Long.parseLong(args[3]));
        String name = args[4];
        long fileDelay = Long.parseLong(args[5]);
        Random random = new Random(name.hashCode());
        PublishTarget target = new LocalFolderTarget(folder);
        LeaseManager leases = new LeaseManager(target, RetryPacer.standard(),
                LeaseOwner.current("install-" + name, name, "race"), ttl);
        Publisher publisher = new Publisher(leases, RetryPacer.standard(), Role.PRIMARY, ProblemHistory.NONE);
        Path stageRoot = Files.createTempDirectory("race-" + name);
        for (int run = 1; run <= runs; run++) {
            String marker = "owner=" + name + " run=" + run;
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : new String[] {"race.m3u", "race.xml", "race.xml.gz"}) {
                files.put(f, marker + "\n" + "x".repeat(2000 + random.nextInt(20000)) + "\nEND " + marker + "\n");
            }
            Path staged = Staging.write(stageRoot.resolve("run-" + run), name + "-" + run, files);
            PublishListener listener = new PublishListener() {
                @Override
                public void leaseAcquired(LeaseInfo lease, String takeoverNote) {
                    append(log, "ACQUIRE " + name + " " + lease.generation() + " " + Instant.now()
                            + (takeoverNote == null ? "" : " TAKEOVER " + takeoverNote));
                }

                @Override
                public void uploading(String file, long size) {
                    append(log, "UPLOAD " + name + " " + file);
                    sleep(fileDelay);
                }

                @Override
                public void published(long generation) {
                    append(log, "RELEASE " + name + " " + generation + " " + Instant.now());
                }
            };
            String outcome;
            try {
                PublishReport r = publisher.publish(staged, "race " + marker,
                        Publisher.Options.DEFAULT.withListener(listener));
                outcome = "PUBLISHED " + r.generation();
            } catch (SyncProblemException e) {
                outcome = "PROBLEM " + e.problem().kind().label();
            } catch (Exception e) {
                outcome = "UNTYPED " + e.toString().replace('\n', ' ');
            }
            append(log, "OUTCOME " + name + " " + run + " " + Instant.now() + " " + outcome);
            sleep(random.nextInt(40));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One whole line per write, under an OS lock, so lines from three processes never interleave. */
    static void append(Path log, String line) {
        try (FileChannel ch = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); FileLock lock = ch.lock()) {
            ch.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + log, e);
        }
    }
}
