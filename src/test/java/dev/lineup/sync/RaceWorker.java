package dev.lineup.sync;

import java.util.function.Consumer;
import dev.lineup.model.Role;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
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
 * <p>Args: folder log runs ttlSeconds name fileDelayMillis [maxPauseMillis between runs, default 40].
 * A folder {@code dropbox:/PATH} publishes to Dropbox at {@code LINEUP_DROPBOX_API_URL} (a fake) with
 * the token in {@code RACE_DROPBOX_TOKEN}; each worker then stands for an installation on its own computer (host {@code host-NAME}), so its lease can
 * only be judged stale by heartbeat age, by the server's clock.
 */
public final class RaceWorker {
    private RaceWorker() {
    }

    static final String DROPBOX_PREFIX = "dropbox:";
    static final String TOKEN_ENV = "RACE_DROPBOX_TOKEN";

    /** The User-Agent a Dropbox worker sends, so the fake's write log says which worker wrote what. */
    public static String clientIdentifier(String name) {
        return "Lineup/race-" + name;
    }

    public static String instanceId(String name) {
        return "install-" + name;
    }

    public static void main(String[] args) throws Exception {
        String where = args[0];
        Path log = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        Duration ttl = Duration.ofSeconds(Long.parseLong(args[3]));
        String name = args[4];
        long fileDelay = Long.parseLong(args[5]);
        int maxPause = args.length > 6 ? Integer.parseInt(args[6]) : 40;
        Random random = new Random(name.hashCode());
        PublishTarget target;
        LeaseOwner owner;
        if (where.startsWith(DROPBOX_PREFIX)) {
            TokenStore tokens = TokenStore.inMemory();
            tokens.put("race", OAuthTokens.accessOnly(System.getenv(TOKEN_ENV)));
            target = new DropboxTarget(DropboxConfig.of("race", where.substring(DROPBOX_PREFIX.length()))
                    .withClientIdentifier(clientIdentifier(name)), tokens);
            LeaseOwner here = LeaseOwner.current(instanceId(name), name, "race");
            owner = new LeaseOwner(here.instanceId(), name, "host-" + name, here.user(), here.pid(), "race");
        } else {
            target = new LocalFolderTarget(Path.of(where));
            owner = LeaseOwner.current(instanceId(name), name, "race");
        }
        LeaseManager leases = new LeaseManager(target, RetryPacer.standard(), owner, ttl);
        Publisher publisher = new Publisher(leases, RetryPacer.standard(), Role.PRIMARY, ProblemHistory.NONE);
        Path stageRoot = Files.createTempDirectory("race-" + name);
        for (int run = 1; run <= runs; run++) {
            String marker = "owner=" + name + " run=" + run;
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : new String[] {"race.m3u", "race.xml", "race.xml.gz"}) {
                files.put(f, marker + "\n" + "x".repeat(2000 + random.nextInt(20000)) + "\nEND " + marker + "\n");
            }
            // One layout for every worker, taken over on each publish (the user's confirmed choice): the
            // race is about the lease, so every installation writes the same files.
            Path staged = Staging.write(stageRoot.resolve("run-" + run), "Race", files);
            Consumer<PublishEvent> listener = event -> {
                if (event instanceof PublishEvent.LeaseAcquired a) {
                    append(log, "ACQUIRE " + name + " " + a.lease().generation() + " " + Instant.now()
                            + (a.takeoverNote() == null ? "" : " TAKEOVER " + a.takeoverNote()));
                } else if (event instanceof PublishEvent.Uploading u) {
                    append(log, "UPLOAD " + name + " " + u.name());
                    sleep(fileDelay);
                } else if (event instanceof PublishEvent.Published p) {
                    append(log, "RELEASE " + name + " " + p.generation() + " " + Instant.now());
                }
            };
            String outcome;
            try {
                PublishReport r = publisher.publish(staged, "race " + marker,
                        Publisher.Options.DEFAULT.watchedBy(null, listener).takingOverLayouts());
                outcome = "PUBLISHED " + r.generation();
            } catch (SyncProblemException e) {
                outcome = "PROBLEM " + e.problem().kind().label();
            } catch (Exception e) { // the race test fails on any untyped ending; it must see each one
                outcome = "UNTYPED " + e.toString().replace('\n', ' ');
            }
            append(log, "OUTCOME " + name + " " + run + " " + Instant.now() + " " + outcome);
            sleep(random.nextInt(maxPause));
        }
        target.close();
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
