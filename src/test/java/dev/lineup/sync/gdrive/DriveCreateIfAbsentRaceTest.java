package dev.lineup.sync.gdrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.RemoteFile;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drive's emulated create-if-absent: installations racing for one name end with exactly one winner. */
class DriveCreateIfAbsentRaceTest {
    private static final int ROUNDS = 15;

    private DriveFixture drive;
    private ExecutorService pool;

    @BeforeEach
    void setUp() throws Exception {
        drive = new DriveFixture();
        pool = Executors.newFixedThreadPool(3);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        drive.close();
    }

    @Test
    void threeInstallationsRacingForTheLockfileGetExactlyOneWinnerEveryRound() throws Exception {
        List<DriveTarget> racers = List.of(
                drive.target("IPTV", new DriveStore.Account("Office PC", "office@example.com"), 1 << 20, 1 << 20),
                drive.target("IPTV", new DriveStore.Account("Living-room PC", "living@example.com"), 1 << 20, 1 << 20),
                drive.target("IPTV", new DriveStore.Account("Laptop", "laptop@example.com"), 1 << 20, 1 << 20));
        racers.get(0).list(); // nothing created yet: the folder itself is raced for too in round 1
        for (int round = 0; round < ROUNDS; round++) {
            CyclicBarrier start = new CyclicBarrier(racers.size());
            List<Future<Optional<RemoteFile>>> results = new ArrayList<>();
            for (int i = 0; i < racers.size(); i++) {
                DriveTarget t = racers.get(i);
                byte[] lease = ("{\"holder\":" + i + ",\"round\":" + round + "}").getBytes(StandardCharsets.UTF_8);
                results.add(pool.submit(() -> {
                    start.await();
                    return t.createIfAbsent("lockfile.json", lease);
                }));
            }
            List<RemoteFile> winners = new ArrayList<>();
            for (Future<Optional<RemoteFile>> r : results) {
                r.get().ifPresent(winners::add);
            }
            assertThat(winners).as("round %d", round).hasSize(1);
            List<DriveStore.FakeFile> onDrive = drive.fake.store().query(f -> f.name().equals("lockfile.json"));
            assertThat(onDrive).as("copies left on Drive in round %d", round).hasSize(1);
            assertThat(onDrive.get(0).id()).isEqualTo(winners.get(0).id());
            assertThat(racers.get(round % 3).deleteIfRevision("lockfile.json", winners.get(0).revision())).isTrue();
        }
        assertThat(drive.fake.store().query(f -> f.name().equals("IPTV"))).hasSize(1);
    }
}
