package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.testing.JavaChild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder another installation (another process) is publishing to: {@code publish --wait} and
 * {@code run-scheduled} (budget {@code schedule.busy-wait}) wait for its live lease, with a countdown,
 * and publish once it is released part-way; when the budget runs out they exit 3 with {@code LeaseHeld}
 * as the first stderr line. The live lock is never taken.
 */
class BusyFolderWaitCliTest {
    @TempDir
    Path tmp;
    Path shared;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        shared = tmp.resolve("shared");
        data = PublishFixture.installation(tmp.resolve("data"), "Kitchen", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
    }

    private JavaChild officeHolding(int releaseAfterSeconds) throws Exception {
        JavaChild office = releaseAfterSeconds > 0
                ? JavaChild.start(HoldLeaseMain.class, shared.toString(), "Office PC", "120", Integer.toString(releaseAfterSeconds))
                : JavaChild.start(HoldLeaseMain.class, shared.toString(), "Office PC", "120");
        office.awaitLine("HELD");
        return office;
    }

    private long publishedGeneration() throws Exception {
        return new ObjectMapper().readTree(shared.resolve("lineup-manifest.json").toFile()).path("generation").asLong();
    }

    @Test
    void publishWaitWaitsForTheOtherInstallationWithACountdownThenPublishes() throws Exception {
        try (JavaChild office = officeHolding(4)) {
            CliRun r = ok(run(data, "publish", "--target", "shared", "--wait", "2m", "--progress"));
            assertThat(r.err()).contains("lineup: \"Office PC\" (host ").contains("is publishing to this folder; "
                    + "waiting for it, 2 min left");
            assertThat(r.out()).contains("published Family to \"shared\"");
            assertThat(office.waitFor(10)).as("the other installation released its lock itself").isZero();
        }
        assertThat(Files.readString(shared.resolve("family.m3u"))).contains("One News");
        assertThat(publishedGeneration()).as("acquired after the office's generation 1").isEqualTo(2);
    }

    @Test
    void publishWaitGivesUpWithLeaseHeldFirstWhenTheFolderStaysBusy() throws Exception {
        try (JavaChild office = officeHolding(0)) {
            long start = System.nanoTime();
            CliRun r = run(data, "publish", "--target", "shared", "--wait", "3s");
            assertThat(r.code()).isEqualTo(3);
            assertThat((System.nanoTime() - start) / 1_000_000).as("it waited for the budget").isGreaterThanOrEqualTo(2_900);
            assertThat(r.firstErrLine()).startsWith("LeaseHeld: held by \"Office PC\" (host ")
                    .contains("pid " + office.pid() + ")");
            assertThat(r.err()).doesNotContain("waiting for it").as("no countdown when stderr is a script's");
            assertThat(shared.resolve("family.m3u")).doesNotExist();
            assertThat(Files.readString(shared.resolve("lockfile.json"))).contains("Office PC");
        }
    }

    @Test
    void aBadWaitIsABadInputNamingWhatWasExpected() {
        CliRun r = run(data, "publish", "--target", "shared", "--wait", "ten minutes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).isEqualTo("error: --wait: \"ten minutes\" is not a duration; expected e.g. 90s, "
                + "10m, 1h30m or a number of seconds");
        CliRun set = run(data, "config", "set", "schedule.busy-wait", "soon");
        assertThat(set.code()).isEqualTo(1);
        assertThat(set.firstErrLine()).startsWith("error: schedule.busy-wait: \"soon\" is not a duration");
    }

    @Test
    void aScheduledRunWaitsForABusyFolderWithinItsBudgetThenPublishes() throws Exception {
        ok(run(data, "config", "set", "schedule.publish-target", "shared"));
        assertThat(ok(run(data, "config", "get", "schedule.busy-wait")).out().trim()).isEqualTo("10m");
        ok(run(data, "config", "set", "schedule.busy-wait", "2m"));
        try (JavaChild office = officeHolding(4)) {
            CliRun r = run(data, "run-scheduled");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("waiting for \"Office PC\" to finish publishing, 2 min left")
                    .contains("published 'Family' to \"shared\": generation 2");
        }
        assertThat(Files.readString(shared.resolve("family.m3u"))).contains("Kids TV");
    }

    @Test
    void aScheduledRunWhoseBudgetRunsOutExitsThreeWithTheProblemFirst() throws Exception {
        ok(run(data, "config", "set", "schedule.publish-target", "shared"));
        ok(run(data, "config", "set", "schedule.busy-wait", "2s"));
        try (JavaChild office = officeHolding(0)) {
            CliRun r = CliRun.process(Map.of(), "--data-dir", data.toString(), "run-scheduled");
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.firstErrLine()).startsWith("LeaseHeld: held by \"Office PC\" (host ")
                    .contains("pid " + office.pid() + ")");
            assertThat(r.err()).contains("error: layout Family: LeaseHeld")
                    .contains("lineup --data-dir " + data + " publish --target shared --wait 10m");
            assertThat(r.out()).contains("scheduled run: ").contains("waiting for \"Office PC\"");
        }
        assertThat(shared.resolve("family.m3u")).doesNotExist();
    }
}
