package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.output.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledPublishCliTest {
    @TempDir
    Path tmp;

    @Test
    void scheduledRunOnlyOutputsUntilAPublishTargetIsSet() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Server", tmp);
        Path published = data.resolve("published");

        CliRun outputOnly = ok(run(data, "run-scheduled"));
        assertThat(outputOnly.out()).contains("1 layout(s) output").doesNotContain("published");
        assertThat(published.resolve(Manifest.FILE_NAME)).doesNotExist();

        ok(run(data, "config", "set", "schedule.publish-target", "local"));
        CliRun publishing = ok(run(data, "run-scheduled"));
        assertThat(publishing.out()).contains("published 'Family' to \"local\": generation 1");
        assertThat(Files.readString(published.resolve("family.m3u"))).contains("One News");
        assertThat(dev.lineup.sync.FolderIndex.parse(Files.readAllBytes(published.resolve(Manifest.FILE_NAME)))
                .generation()).isEqualTo(1);
    }

    @Test
    void aSecondaryInstallationsScheduledRunOutputsButNeverPublishes() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Kitchen", tmp);
        ok(run(data, "init", "--name", "Kitchen", "--role", "secondary-local"));
        ok(run(data, "config", "set", "schedule.publish-target", "local"));

        CliRun r = ok(run(data, "run-scheduled"));
        assertThat(r.out()).contains("not published:");
        assertThat(data.resolve("published").resolve(Manifest.FILE_NAME)).doesNotExist();
    }

    @Test
    void aPublishProblemFailsTheRunWithTheProblemsOneLineSummary() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Server", tmp);
        ok(run(data, "config", "set", "schedule.publish-target", "nowhere"));
        CliRun r = run(data, "run-scheduled");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("layout Family:").contains("nowhere");
    }
}
