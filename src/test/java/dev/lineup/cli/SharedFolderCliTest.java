package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two installations (two data directories) publishing into one folder, from the command line. */
class SharedFolderCliTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondInstallationPublishingTheSameLayoutGetsLayoutOwnedElsewhereAndLockStatusShowsTheFolder()
            throws Exception {
        Path shared = tmp.resolve("cloud");
        Path living = PublishFixture.installation(tmp.resolve("living"), "Living room", tmp);
        Path office = PublishFixture.installation(tmp.resolve("office"), "Office PC", tmp);
        ok(run(living, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(office, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(living, "publish", "Family", "--target", "shared"));
        byte[] index = Files.readAllBytes(shared.resolve("lineup-manifest.json"));
        String m3u = Files.readString(shared.resolve("family.m3u"));

        CliRun second = run(office, "publish", "Family", "--target", "shared");

        assertThat(second.code()).isEqualTo(3);
        assertThat(second.err().lines().findFirst().orElse("")).startsWith("LayoutOwnedElsewhere: layout \"Family\" in"
                + " this folder belongs to \"Living room\" (host ").contains("last published 20", "nothing was changed");
        assertThat(Files.readAllBytes(shared.resolve("lineup-manifest.json"))).isEqualTo(index);
        assertThat(Files.readString(shared.resolve("family.m3u"))).isEqualTo(m3u);
        assertThat(shared.resolve("lockfile.json")).doesNotExist();

        Files.writeString(shared.resolve("notes.txt"), "the family's own notes");
        CliRun status = ok(run(office, "lock", "status", "shared"));
        assertThat(status.out()).contains("lock of \"shared\": free", "layouts in this folder:",
                "family (\"Family\"): owned by \"Living room\"", "files no layout lists (left alone): notes.txt");
        // Whole seconds and a plural that fits (the index's own value has nanoseconds).
        assertThat(status.out()).containsPattern("generation 1, published \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ, "
                + "(1 file|[02-9] files)\\R");
        assertThat(ok(run(living, "publish", "Family", "--target", "shared")).out())
                .contains("note: left alone (no layout lists them): notes.txt");
        assertThat(shared.resolve("notes.txt")).hasContent("the family's own notes");
    }
}
