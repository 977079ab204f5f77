package dev.lineup.sync;

import dev.lineup.output.Hashing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four installations, each a separate process with its own data directory, token and machine id, publish
 * concurrently into one cloud folder for several rounds, with the provider failing now and then (and, on
 * Drive, listings lagging 1–3 s behind writes). Three publish different layouts; the fourth publishes a
 * layout name the first one also uses. Checked from the fake's own write log and from what each owner
 * rendered: no installation ever wrote or deleted a file of another's layout, every layout's files are its
 * owner's last render, every share link stayed the same from the first round to the last, and the second
 * installation publishing "Family" got LayoutOwnedElsewhere and changed nothing.
 */
class SharedFolderScenarioTest {
    private static final int ROUNDS = 3;
    private static final String[][] INSTALLATIONS = {
            {"living", "Family"}, {"office", "Italia"}, {"kitchen", "Kids"}, {"attic", "Family"}};

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fourInstallationsShareADropboxFolderWithFaultsOn() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            fake.shareFolder("/Lineup");
            Map<String, String> accountOf = new HashMap<>();
            List<Process> workers = new ArrayList<>();
            for (String[] inst : INSTALLATIONS) {
                String token = fake.newAccessToken(inst[0]);
                accountOf.put(fake.accountId(inst[0]), inst[0]);
                workers.add(start(inst, "provider=dropbox", "url=" + fake.baseUrl(), "token=" + token,
                        "folder=/Lineup"));
            }
            for (int i = 0; i < 6; i++) { // faults spread over the run: 5xx and 429 with Retry-After
                fake.inject(i % 2 == 0 ? Fault.serverError("^/2/files/upload$", 1)
                        : Fault.rateLimited("^/2/files/.*", 1, Duration.ofMillis(300)));
                Thread.sleep(700);
            }
            awaitAll(workers);
            List<String> log = Files.readAllLines(dir.resolve("events.log"));
            Map<String, String> owners = checkOutcomes(log);
            for (var w : fake.writeLog()) {
                String file = w.path().substring(w.path().lastIndexOf('/') + 1);
                checkWriter(owners, file, accountOf.get(w.accountId()), w.op() + " " + w.path());
            }
            checkContents(log, owners, f -> fake.content("/Lineup/" + f).map(Hashing::sha256));
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void fourInstallationsShareADriveFolderWhoseListingsLagBehindWrites() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            fake.setListingLag(Duration.ofSeconds(1), Duration.ofSeconds(3));
            Map<String, String> accountOf = new HashMap<>();
            List<Process> workers = new ArrayList<>();
            for (String[] inst : INSTALLATIONS) {
                String token = "token-" + inst[0];
                String email = inst[0] + "@example.com";
                fake.oauth().registerAccessToken(token, new DriveStore.Account(inst[0], email));
                accountOf.put(email, inst[0]);
                workers.add(start(inst, "provider=gdrive", "url=" + fake.rootUrl(), "token=" + token,
                        "folder=Lineup", "settleMs=3500"));
            }
            for (int i = 0; i < 4; i++) {
                fake.inject(dev.lineup.testing.fakes.gdrive.Fault.serverError(503).on("POST", "/upload/.*"), 1);
                Thread.sleep(1500);
            }
            awaitAll(workers);
            List<String> log = Files.readAllLines(dir.resolve("events.log"));
            Map<String, String> owners = checkOutcomes(log);
            for (var w : fake.store().writeLog()) {
                if (!w.name().equals("Lineup")) {
                    checkWriter(owners, w.name(), accountOf.get(w.account()), w.op() + " " + w.name());
                }
            }
            long folders = fake.store().writeLog().stream().filter(e -> e.name().equals("Lineup"))
                    .map(DriveStore.WriteEvent::fileId).distinct()
                    .filter(id -> fake.store().get(id).isPresent()).count();
            assertThat(folders).as("one Lineup folder in the end").isEqualTo(1);
            checkContents(log, owners, f -> fake.file("Lineup", f).map(x -> Hashing.sha256(x.content())));
        }
    }

    private Process start(String[] inst, String... provider) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:TieredStopAtLevel=1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), ScenarioWorker.class.getName(),
                "name=" + inst[0], "layout=" + inst[1], "rounds=" + ROUNDS, "log=" + dir.resolve("events.log"),
                "data=" + dir.resolve("data-" + inst[0]), "ttl=6"));
        cmd.addAll(List.of(provider));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(inst[0] + ".out").toFile());
        pb.environment().remove(DropboxConfig.ENV_API_URL);
        return pb.start();
    }

    private void awaitAll(List<Process> workers) throws Exception {
        for (Process p : workers) {
            if (!p.waitFor(110, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        for (String[] inst : INSTALLATIONS) {
            System.out.println(inst[0] + ": " + Files.readString(dir.resolve(inst[0] + ".out")).lines().limit(5).toList());
        }
    }

    /**
     * Every round of the three distinct layouts published; of the two "Family" installations, the one that
     * got there first owns it and the other met LayoutOwnedElsewhere in every round. Returns layout file
     * base → owning installation.
     */
    private static Map<String, String> checkOutcomes(List<String> log) {
        List<String> rounds = log.stream().filter(l -> l.startsWith("ROUND ")).toList();
        assertThat(rounds).as("every round of every installation ended").hasSize(ROUNDS * INSTALLATIONS.length);
        assertThat(rounds).noneMatch(l -> l.contains(" UNTYPED "));
        Map<String, String> owners = new HashMap<>();
        for (String[] inst : INSTALLATIONS) {
            List<String> mine = rounds.stream().filter(l -> l.startsWith("ROUND " + inst[0] + " ")).toList();
            if (mine.stream().allMatch(l -> l.contains(" PUBLISHED "))) {
                assertThat(owners.put(FolderIndex.keyOf(inst[1]), inst[0])).as("two owners of " + inst[1]).isNull();
            } else {
                assertThat(inst[1]).as("only a second Family installation may fail: " + mine).isEqualTo("Family");
                assertThat(mine).allMatch(l -> l.contains(" PROBLEM LayoutOwnedElsewhere layout \"Family\""),
                        "typed problem naming the owner");
            }
        }
        assertThat(owners).containsOnlyKeys("family", "italia", "kids");
        return owners;
    }

    /** A layout file may only ever be written or deleted by its owner; coordination files by anyone. */
    private static void checkWriter(Map<String, String> owners, String file, String writer, String what) {
        if (file.equals("lockfile.json") || file.equals("lineup-generation.json")
                || file.equals("lineup-manifest.json") || !file.contains(".")) {
            return;
        }
        String owner = owners.get(file.substring(0, file.indexOf('.')));
        assertThat(writer).as(what + " by another installation than the owner " + owner).isEqualTo(owner);
    }

    /** Each file is its owner's last render, and its share link never changed. */
    private static void checkContents(List<String> log, Map<String, String> owners,
                                      Function<String, Optional<String>> remoteSha) {
        Map<String, String> lastSha = new HashMap<>();
        Map<String, String> firstLink = new HashMap<>();
        for (String l : log) {
            String[] p = l.split(" ");
            if (p[0].equals("FILE") && owners.get(p[3].substring(0, p[3].indexOf('.'))).equals(p[1])) {
                lastSha.put(p[3], p[4]);
                String first = firstLink.putIfAbsent(p[3], p[5]);
                assertThat(p[5]).as("share link of " + p[3] + " in round " + p[2]).isEqualTo(first == null ? p[5] : first);
            }
        }
        assertThat(lastSha).hasSize(9);
        lastSha.forEach((f, sha) -> assertThat(remoteSha.apply(f)).as(f).hasValue(sha));
    }
}
