package dev.lineup.launch;

import dev.lineup.service.common.AppInfo;
import dev.lineup.testing.JavaChild;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.LineupCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the {@code lineup} command does before any subcommand: open the desktop app, or say its version. */
class EntryPointTest {
    @Test
    void noSubcommandOrOnlyADataDirectoryOpensTheDesktopApp() {
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {"--data-dir", "/tmp/lineup-x"})).isTrue();
        assertThat(Main.dataDirOption(new String[] {"--data-dir", "/tmp/lineup-x"})).isEqualTo(Path.of("/tmp/lineup-x"));
        assertThat(Main.dataDirOption(new String[] {"--data-dir=/tmp/lineup y"})).isEqualTo(Path.of("/tmp/lineup y"));
        assertThat(Main.dataDirOption(new String[0])).isNull();
    }

    @Test
    void aSubcommandOrAnyOtherOptionRunsTheCommandLineInstead() {
        assertThat(Main.opensDesktop(new String[] {"--data-dir", "/tmp/x", "source", "list"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"render", "--playlist", "a.m3u", "--out", "o"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--help"})).isFalse();
        // A missing directory is a usage error for picocli to report, not a window on a folder named "--help".
        assertThat(Main.opensDesktop(new String[] {"--data-dir", "--help"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--data-dir="})).isFalse();
    }

    @Test
    void versionIsTheBuildsVersionInBothTheQuickAndTheFullCommandLine() throws Exception {
        assertThat(AppInfo.version()).isNotEqualTo(AppInfo.UNKNOWN_VERSION).matches("\\d+\\.\\d+\\.\\d+.*");

        StringWriter out = new StringWriter();
        var cl = LineupCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("--data-dir", "/tmp/unused", "--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Lineup " + AppInfo.version());

        try (JavaChild child = JavaChild.start(Main.class, "--version")) {
            child.awaitLine("Lineup " + AppInfo.version());
            assertThat(child.waitFor(30)).isZero();
        }
    }

    @Test
    void aboutListsTheBundledLibrariesWithTheirLicences() {
        String licences = AppInfo.thirdPartyLicences();
        assertThat(licences).contains("picocli").contains("Apache").contains("javafx").contains("GPLv2+CE")
                .contains("sqlite-jdbc");
        // Test-only libraries are not shipped, so not listed.
        assertThat(licences).doesNotContain("junit-jupiter").doesNotContain("assertj");
    }
}
