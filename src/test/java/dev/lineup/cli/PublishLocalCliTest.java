package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.ProblemRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishLocalCliTest {
    @TempDir
    Path tmp;

    @Test
    void publishToTheDefaultLocalTargetWritesFilesAndAManifestCarryingTheLeaseGeneration() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        CliRun r = ok(run(data, "publish", "--target", "local", "--progress"));
        Path published = data.resolve("published");
        assertThat(r.out()).contains("family.m3u\t").contains("uploaded\t" + published.toUri().toString().substring(0, 8));
        assertThat(r.out()).contains("published Family to \"local\"");
        assertThat(r.err()).contains("lineup: rendering layout Family").contains("lease acquired, generation 1");
        assertThat(Files.readString(published.resolve("family.m3u"))).contains("One News").contains("Kids TV");
        JsonNode manifest = new ObjectMapper().readTree(published.resolve("lineup-manifest.json").toFile());
        assertThat(manifest.path("generation").asLong()).isEqualTo(1);
        JsonNode family = manifest.path("layouts").path("family");
        assertThat(family.path("name").asText()).isEqualTo("Family");
        assertThat(family.path("owner").path("instanceName").asText()).isEqualTo("Living room");
        assertThat(family.path("files").findValuesAsText("name")).contains("family.m3u");
        assertThat(published.resolve("lockfile.json")).doesNotExist();
        assertThat(ok(run(data, "config", "get", "layout.Family.generation")).out().trim()).isEqualTo("1");
        assertThat(ok(run(data, "config", "get", "layout.Family.last-published")).out().trim()).matches("\\d{4}-.*Z");

        CliRun again = ok(run(data, "publish", "Family", "--target", "local"));
        assertThat(again.out()).contains("0 of 3 files uploaded, 0 bytes; output was already up to date");
    }

    @Test
    void aSecondInstallationIsRefusedWhileAnotherProcessHoldsTheLeaseUntilItIsTakenOver() throws Exception {
        Path shared = tmp.resolve("shared");
        Path data = PublishFixture.installation(tmp.resolve("b"), "Kitchen", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        try (dev.lineup.testing.JavaChild office = dev.lineup.testing.JavaChild.start(HoldLeaseMain.class, shared.toString(),
                "Office PC", "120")) {
            office.awaitLine("HELD");
            CliRun refused = run(data, "publish", "--target", "shared");
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.firstErrLine()).startsWith("LeaseHeld: held by \"Office PC\" (host ")
                    .contains(", pid " + office.pid() + ") since ").containsPattern("heartbeat \\d+ s ago$");
            assertThat(refused.err()).as("advice carries the data directory in use")
                    .contains("lineup --data-dir " + data + " lock takeover shared --force")
                    .contains("lineup --data-dir " + data + " publish --target shared --wait 10m");
            assertThat(shared.resolve("family.m3u")).doesNotExist();

            CliRun status = ok(run(data, "lock", "status", "shared"));
            assertThat(status.out()).contains("held by \"Office PC\"", "pid: " + office.pid(), "state: live")
                    .containsPattern("heartbeat: \\d+ s ago");

            CliRun release = run(data, "lock", "release", "shared");
            assertThat(release.code()).isEqualTo(3);
            assertThat(release.firstErrLine()).startsWith("LeaseHeld: held by \"Office PC\"");
            CliRun takeoverWithoutForce = run(data, "lock", "takeover", "shared");
            assertThat(takeoverWithoutForce.code()).isEqualTo(3);
            assertThat(takeoverWithoutForce.err()).contains("add --force");

            CliRun takeover = ok(run(data, "lock", "takeover", "shared", "--force"));
            assertThat(takeover.out()).contains("taking over the LIVE lock of \"Office PC\" (host ")
                    .contains("pid " + office.pid());
            ok(run(data, "publish", "--target", "shared"));
            JsonNode manifest = new ObjectMapper().readTree(shared.resolve("lineup-manifest.json").toFile());
            assertThat(manifest.path("generation").asLong()).isGreaterThan(2);
        }
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            List<ProblemRecord> history = ws.store().problems().recent(10);
            assertThat(history).extracting(ProblemRecord::kind).contains("LeaseHeld");
            assertThat(history.get(history.size() - 1).summary()).startsWith("LeaseHeld: held by \"Office PC\"");
        }
    }

    @Test
    void aKilledHoldersLockIsStaleAndLockReleaseRemovesIt() throws Exception {
        Path shared = tmp.resolve("shared");
        Path data = PublishFixture.installation(tmp.resolve("c"), "Den", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        try (dev.lineup.testing.JavaChild office = dev.lineup.testing.JavaChild.start(HoldLeaseMain.class, shared.toString(),
                "Office PC", "120")) {
            office.awaitLine("HELD");
            office.kill();
        }
        assertThat(ok(run(data, "lock", "status", "shared")).out()).contains("state: STALE (process ")
                .contains("is no longer running");
        assertThat(ok(run(data, "lock", "release", "shared")).out()).contains("released the stale lock of \"Office PC\"");
        assertThat(shared.resolve("lockfile.json")).doesNotExist();
        assertThat(ok(run(data, "lock", "status", "shared")).out().trim()).isEqualTo("lock of \"shared\": free");
    }

    @Test
    void aSecondaryInstallationRefusesToPublishWithExitOne() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("d"), "Bedroom", tmp);
        ok(run(data, "init", "--name", "Bedroom", "--role", "secondary-local"));
        CliRun r = run(data, "publish", "--target", "local");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: this installation is secondary-local: only a primary publishes");
        assertThat(data.resolve("published").resolve("lineup-manifest.json")).doesNotExist();
    }

    @Test
    void aSecondaryInstallationNeverTakesOverTheLeaseEvenAStaleOne() throws Exception {
        Path shared = tmp.resolve("shared");
        Path data = PublishFixture.installation(tmp.resolve("f"), "Garage", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        try (dev.lineup.testing.JavaChild office = dev.lineup.testing.JavaChild.start(HoldLeaseMain.class, shared.toString(),
                "Office PC", "120")) {
            office.awaitLine("HELD");
            office.kill();
        }
        String staleLock = Files.readString(shared.resolve("lockfile.json"));
        ok(run(data, "init", "--name", "Garage", "--role", "secondary-mirror"));
        CliRun takeover = run(data, "lock", "takeover", "shared");
        assertThat(takeover.code()).isEqualTo(1);
        assertThat(takeover.firstErrLine()).startsWith("error: this installation is secondary-mirror: only a primary");
        assertThat(takeover.out()).doesNotContain("taking over");
        assertThat(Files.readString(shared.resolve("lockfile.json"))).isEqualTo(staleLock);
    }

    @Test
    void publishNamesAnUnknownTargetOrLayout() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("e"), "Attic", tmp);
        CliRun noTarget = run(data, "publish", "--target", "nope");
        assertThat(noTarget.code()).isEqualTo(1);
        assertThat(noTarget.firstErrLine()).isEqualTo("error: no target named \"nope\" (targets: [local])");
        CliRun noLayout = run(data, "publish", "Holiday", "--target", "local");
        assertThat(noLayout.code()).isEqualTo(1);
        assertThat(noLayout.firstErrLine()).startsWith("error: no layout named \"Holiday\"");
    }
}
