package dev.lineup.sync;

import dev.lineup.output.Hashing;
import dev.lineup.model.Role;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * One installation of {@link SharedFolderScenarioTest}, in its own process: its own data directory
 * (staging), its own token, its own machine id. It renders and publishes one layout for some rounds into
 * the shared folder, waiting out a held lease like a user pressing "wait and retry", and appends what it
 * did to a shared log: {@code ROUND name round PUBLISHED generation | PROBLEM Kind facts} and, for a
 * published round, {@code FILE name round file sha256 shareLink}.
 *
 * <p>Args are {@code key=value}: provider (dropbox|gdrive), url, token, folder, name, layout, rounds, log,
 * data, ttl (s), settleMs (Drive), pauseMs (between rounds).
 */
public final class ScenarioWorker {
    private ScenarioWorker() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            a.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String name = a.get("name");
        Path log = Path.of(a.get("log"));
        Path data = Files.createDirectories(Path.of(a.get("data")));
        PublishTarget target = open(a);
        LeaseOwner me = LeaseOwner.current("install-" + name, name, "scenario").onMachine("host-" + name,
                "machine-" + name);
        LeaseManager leases = new LeaseManager(target, RetryPacer.standard(), me,
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("ttl", "6"))));
        Publisher publisher = new Publisher(leases, RetryPacer.standard(), Role.PRIMARY, ProblemHistory.NONE);
        Random random = new Random(name.hashCode());
        String layout = a.get("layout");
        String base = FolderIndex.keyOf(layout);
        int rounds = Integer.parseInt(a.get("rounds"));
        for (int round = 1; round <= rounds; round++) {
            String marker = "owner=" + name + " layout=" + layout + " round=" + round;
            Map<String, String> files = new LinkedHashMap<>();
            files.put(base + ".m3u", "#EXTM3U\n# " + marker + "\n" + "#EXTINF:-1," + name + "\nhttp://x.invalid/"
                    + random.nextInt(1000) + "\n");
            files.put(base + ".xml", "<tv><!-- " + marker + " --><channel id=\"" + random.nextInt(1000) + "\"/></tv>");
            files.put(base + ".xml.gz", marker + "\n" + "g".repeat(500 + random.nextInt(3000)) + "\n");
            Path staged = Staging.write(data.resolve("staging").resolve("round-" + round), layout, files);
            RaceWorker.append(log, "ROUND " + name + " " + round + " " + publishWaiting(publisher, staged, marker,
                    name, round, log));
            Thread.sleep(random.nextInt(Integer.parseInt(a.getOrDefault("pauseMs", "300")) + 1));
        }
        target.close();
    }

    /** Publishes, retrying a held lease for up to 60 s; returns the outcome word and its detail. */
    private static String publishWaiting(Publisher publisher, Path staged, String marker, String name, int round,
                                         Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                PublishReport r = publisher.publish(staged, "scenario " + marker);
                for (PublishReport.FileResult f : r.files()) {
                    RaceWorker.append(log, "FILE " + name + " " + round + " " + f.name() + " "
                            + Hashing.sha256(staged.resolve(f.name())) + " " + f.shareLink());
                }
                return "PUBLISHED " + r.generation();
            } catch (SyncProblemException e) {
                boolean busy = e.problem().kind() == ProblemKind.LEASE_HELD
                        || e.problem().kind() == ProblemKind.LEASE_LOST;
                if (!busy || System.nanoTime() > deadline) {
                    return "PROBLEM " + e.problem().kind().label() + " " + e.problem().factsLine().replace('\n', ' ');
                }
                Thread.sleep(200 + new Random().nextInt(400));
            } catch (Exception e) { // the test fails on any untyped ending; it must see each one
                return "UNTYPED " + e.toString().replace('\n', ' ');
            }
        }
    }

    private static PublishTarget open(Map<String, String> a) {
        if ("gdrive".equals(a.get("provider"))) {
            DriveTargetConfig config = DriveTargetConfig.of(DriveEndpoints.at(a.get("url")), a.get("folder"))
                    .withSettle(Duration.ofMillis(Long.parseLong(a.getOrDefault("settleMs", "0"))));
            return new DriveTarget(config, DriveAuth.fromAccessToken(a.get("token")));
        }
        TokenStore tokens = TokenStore.inMemory();
        tokens.put("shared", OAuthTokens.accessOnly(a.get("token")));
        return new DropboxTarget(DropboxConfig.of("shared", a.get("folder")).withApiBaseUrl(URI.create(a.get("url")))
                .withClientIdentifier("Lineup/scenario-" + a.get("name")), tokens);
    }
}
