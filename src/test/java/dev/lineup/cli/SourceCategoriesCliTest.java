package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SourceCategoriesCliTest {
    @TempDir
    Path tmp;

    @Test
    void aDisabledCategoryIsLeftOutOfNewLayoutsButStillListed() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "PC", tmp);
        CliRun before = ok(run(data, "source", "categories", "P"));
        assertThat(before.out()).contains("on\tlive\tNews", "on\tlive\tKids", "VOD kept, series kept");

        CliRun changed = ok(run(data, "source", "categories", "P", "--disable", "Kids", "--ignore-vod"));
        assertThat(changed.out()).contains("off\tlive\tKids", "on\tlive\tNews", "VOD ignored, series kept");

        ok(run(data, "layout", "create", "Grown-ups", "--from-source", "P"));
        String listed = ok(run(data, "layout", "list")).out();
        assertThat(listed).contains("Grown-ups\t1 group\t2 channels");
    }

    @Test
    void anUnknownCategoryChangesNothingAndSaysWhichNamesExist() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "PC", tmp);
        CliRun r = run(data, "source", "categories", "P", "--disable", "News", "--disable", "Sport");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).contains("no category \"Sport\"");
        assertThat(ok(run(data, "source", "categories", "P")).out()).contains("on\tlive\tNews");
    }

    @Test
    void everySubcommandAnswersHelp() {
        CommandLine root = LineupCommand.commandLine();
        assertHelp(root, "");
    }

    private static void assertHelp(CommandLine cl, String path) {
        for (var e : cl.getSubcommands().entrySet()) {
            String cmd = (path + " " + e.getKey()).trim();
            CliRun r = CliRun.of((cmd + " --help").split(" "));
            assertThat(r.code()).as(cmd + " --help").isZero();
            assertThat(r.out()).as(cmd + " --help").startsWith("Usage: lineup " + cmd);
            assertHelp(e.getValue(), cmd);
        }
    }
}
