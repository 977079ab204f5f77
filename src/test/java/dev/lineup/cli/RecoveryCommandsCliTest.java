package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every publishing fix of the recovery wizard has a command, and the advice printed under a problem is
 * that command, complete with the data directory: pasting it as printed fixes the problem. Two
 * installations ("Living room" first, then "Kitchen") share one folder.
 */
class RecoveryCommandsCliTest {
    @TempDir
    Path tmp;
    Path shared;
    Path living;
    Path kitchen;

    @BeforeEach
    void setUp() throws Exception {
        shared = tmp.resolve("shared");
        living = PublishFixture.installation(tmp.resolve("living"), "Living room", tmp);
        kitchen = PublishFixture.installation(tmp.resolve("kitchen"), "Kitchen", tmp);
        ok(run(living, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(kitchen, "target", "add", "local", "shared", "--folder", shared.toString()));
        ok(run(living, "publish", "--target", "shared"));
    }

    /** The advice line of {@code label}, as a command split the way the shell would (quotes removed). */
    private static String[] advised(CliRun r, String label, Path data) {
        String line = r.err().lines().filter(l -> l.startsWith("  - " + label + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no advice \"" + label + "\" in:\n" + r.err()));
        String cmd = line.substring(("  - " + label + ": ").length());
        String prefix = "lineup --data-dir " + data + " ";
        assertThat(cmd).startsWith(prefix);
        java.util.List<String> args = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(cmd.substring(prefix.length()));
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return args.toArray(String[]::new);
    }

    @Test
    void theSameLayoutFromASecondInstallationIsPublishedUnderAnotherNameByTheAdvisedCommand() throws Exception {
        String theirs = Files.readString(shared.resolve("family.m3u"));
        CliRun refused = run(kitchen, "publish", "Family", "--target", "shared");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.firstErrLine()).startsWith("LayoutOwnedElsewhere: layout \"Family\" in this folder belongs "
                + "to \"Living room\"");
        assertThat(refused.err()).contains("  - Take the layout over (this installation becomes its owner): lineup "
                + "--data-dir " + kitchen + " publish Family --target shared --take-over-layout")
                .contains("  - Make this installation a secondary: lineup --data-dir " + kitchen
                        + " init --name Kitchen --role secondary-local");

        String[] rename = advised(refused, "Publish this layout under another name", kitchen);
        assertThat(rename).containsExactly("publish", "Family", "--target", "shared", "--as", "Family (Kitchen)");
        CliRun renamed = ok(run(kitchen, rename));
        assertThat(renamed.out()).contains("published Family (Kitchen) to \"shared\"");
        assertThat(Files.readString(shared.resolve("family.m3u"))).as("their files stay").isEqualTo(theirs);
        assertThat(ok(run(kitchen, "layout", "list")).out()).contains("Family (Kitchen)").doesNotContain("Family\t");
    }

    @Test
    void takingTheLayoutOverIsTheAdvisedCommandAndTheIndexNamesTheNewOwner() throws Exception {
        CliRun refused = run(kitchen, "publish", "Family", "--target", "shared");
        assertThat(refused.code()).isEqualTo(3);
        CliRun taken = ok(run(kitchen, advised(refused, "Take the layout over (this installation becomes its owner)", kitchen)));
        assertThat(taken.out()).contains("published Family to \"shared\"");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(shared.resolve("lineup-manifest.json")
                .toFile()).path("layouts").path("family").path("owner").path("instanceName").asText()).isEqualTo("Kitchen");
        CliRun livingNow = run(living, "publish", "Family", "--target", "shared");
        assertThat(livingNow.firstErrLine()).as("now the first installation is the other one")
                .startsWith("LayoutOwnedElsewhere: layout \"Family\" in this folder belongs to \"Kitchen\"");
    }

    @Test
    void aHandEditIsKeptOrOverwrittenByTheAdvisedCommands() throws Exception {
        Files.writeString(shared.resolve("family.m3u"), "#EXTM3U\n#EXTINF:-1,Edited by hand\nhttp://x/1\n");
        CliRun changed = run(living, "publish", "--target", "shared", "--no-progress");
        assertThat(changed.code()).isEqualTo(3);
        assertThat(changed.firstErrLine()).startsWith("RemoteChanged: family.m3u");
        String[] keep = advised(changed, "Keep their version", living);
        assertThat(keep).containsExactly("publish", "--target", "shared", "--keep-theirs", "family.m3u");
        ok(run(living, keep));
        assertThat(Files.readString(shared.resolve("family.m3u"))).contains("Edited by hand");

        CliRun kept = ok(run(living, "publish", "--target", "shared"));
        assertThat(kept.out()).as("a kept file stays theirs on later publishes").contains("family.m3u\t");
        assertThat(Files.readString(shared.resolve("family.m3u"))).contains("Edited by hand");

        ok(run(living, advised(changed, "Overwrite their change", living)));
        assertThat(Files.readString(shared.resolve("family.m3u"))).contains("One News").doesNotContain("Edited");
    }

    @Test
    void aSeparateFolderAndACleanSlateAreCommandsToo() throws Exception {
        Path separate = tmp.resolve("kitchen-folder");
        CliRun moved = ok(run(kitchen, "publish", "--target", "shared", "--separate-folder", separate.toString()));
        assertThat(moved.err()).contains("lineup: target \"shared\" now publishes to " + separate);
        assertThat(Files.readString(separate.resolve("family.m3u"))).contains("One News");
        assertThat(ok(run(kitchen, "target", "list")).out()).contains("shared\tlocal\t" + separate);
        assertThat(Files.readString(shared.resolve("family.m3u"))).as("the old folder is untouched").contains("One News");

        Files.writeString(separate.resolve("old-export.m3u"), "#EXTM3U\n");
        ok(run(kitchen, "publish", "--target", "shared", "--clean-slate"));
        assertThat(separate.resolve("old-export.m3u")).as("everything in the folder went first").doesNotExist();
        assertThat(Files.readString(separate.resolve("family.m3u"))).contains("Kids TV");

        CliRun both = run(kitchen, "publish", "--target", "shared", "--clean-slate", "--overwrite");
        assertThat(both.code()).as("one fix at a time").isEqualTo(1);
        assertThat(both.firstErrLine()).startsWith("error: ").contains("--clean-slate").contains("--overwrite");
    }
}
