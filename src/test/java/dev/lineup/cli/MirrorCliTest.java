package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.output.Hashing;
import dev.lineup.output.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorCliTest {
    @TempDir
    Path tmp;

    @Test
    void aMirrorInstallationCopiesWhatThePrimaryPublishedAndOnlyWhenItChanged() throws Exception {
        Path shared = tmp.resolve("cloud-folder");
        Path primary = PublishFixture.installation(tmp.resolve("primary"), "Office PC", tmp);
        ok(run(primary, "target", "add", "local", "shared", "--folder", shared.toString()));
        Path mirror = tmp.resolve("mirror");
        ok(run(mirror, "init", "--name", "Bedroom", "--role", "secondary-mirror"));
        ok(run(mirror, "target", "add", "local", "shared", "--folder", shared.toString()));

        assertThat(ok(run(mirror, "mirror", "--target", "shared")).out()).contains("nothing has been published");

        ok(run(primary, "publish", "--target", "shared"));
        Path copy = tmp.resolve("copy");
        CliRun first = ok(run(mirror, "mirror", "--target", "shared", "--to", copy.toString()));
        assertThat(first.out()).contains("mirrored generation 1");
        var index = dev.lineup.sync.FolderIndex.parse(java.nio.file.Files.readAllBytes(copy.resolve(Manifest.FILE_NAME)));
        assertThat(index.layouts()).isNotEmpty();
        for (var f : index.layouts().values().iterator().next().files()) {
            assertThat(Hashing.sha256(copy.resolve(f.name()))).isEqualTo(f.sha256());
        }
        assertThat(ok(run(mirror, "mirror", "--target", "shared", "--to", copy.toString())).out())
                .contains("already at generation 1");
        assertThat(shared.resolve("lockfile.json")).doesNotExist();
    }

    @Test
    void aMirrorsScheduledRunDownloadsInsteadOfPublishing() throws Exception {
        Path shared = tmp.resolve("cloud-folder");
        Path primary = PublishFixture.installation(tmp.resolve("primary"), "Office PC", tmp);
        ok(run(primary, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(primary, "publish", "--target", "shared"));
        byte[] published = Files.readAllBytes(shared.resolve("family.m3u"));

        Path mirror = tmp.resolve("mirror");
        ok(run(mirror, "init", "--name", "Bedroom", "--role", "secondary-mirror"));
        ok(run(mirror, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(mirror, "config", "set", "schedule.publish-target", "shared"));
        CliRun r = ok(run(mirror, "run-scheduled"));
        assertThat(r.out()).contains("mirrored generation 1 of \"shared\"");
        assertThat(Files.readAllBytes(mirror.resolve("mirror").resolve("shared").resolve("family.m3u")))
                .isEqualTo(published);
        assertThat(Files.readAllBytes(shared.resolve("family.m3u"))).isEqualTo(published);
    }

    @Test
    void aMirrorsProblemIsRecordedInTheHistory() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("cloud-folder"));
        Files.writeString(shared.resolve("lineup-manifest.json"), "{\"schema\":1,\"layout\":\"Family\",\"generation\":4,"
                + "\"files\":[{\"name\":\"../outside.m3u\",\"size\":1,\"sha256\":\"00\"}]}");
        Path mirror = tmp.resolve("mirror");
        ok(run(mirror, "init", "--name", "Bedroom", "--role", "secondary-mirror"));
        ok(run(mirror, "target", "add", "local", "shared", "--folder", shared.toString()));

        CliRun r = run(mirror, "mirror", "--target", "shared");
        assertThat(r.code()).isEqualTo(3);
        try (dev.lineup.service.workspace.Workspace ws = dev.lineup.service.workspace.Workspace.open(mirror, null, m -> { })) {
            assertThat(ws.store().problems().recent(10)).extracting(dev.lineup.model.ProblemRecord::summary)
                    .containsExactly("BadRequest: published manifest lists a bad name: ../outside.m3u");
        }
        assertThat(tmp.resolve("outside.m3u")).doesNotExist();
    }
}
