package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The process's command line builds only the subcommand it runs, and answers exactly as the full one does. */
class OneSubcommandCommandLineTest {

    @Test
    void eachNamedSubcommandIsTheOnlyOneBuiltAndIsTheFullCommandLinesOwn() {
        CommandLine full = LineupCommand.commandLine();
        List<String> names = new ArrayList<>();
        Subcommands.names().forEach(names::add);
        assertThat(names).containsExactlyElementsOf(full.getSubcommands().keySet());
        for (String name : names) {
            CommandLine one = LineupCommand.commandLineFor(new String[] {"--data-dir", "/tmp/unused", name, "--help"});
            assertThat(one.getSubcommands().keySet()).containsExactly(name);
            assertThat(help(one, "--data-dir", "/tmp/unused", name, "--help"))
                    .isEqualTo(help(LineupCommand.commandLine(), "--data-dir", "/tmp/unused", name, "--help"));
        }
    }

    @Test
    void withoutAKnownSubcommandEveryOneIsBuiltSoHelpAndSuggestionsStayComplete() {
        assertThat(LineupCommand.commandLineFor(new String[] {"--help"}).getSubcommands().keySet())
                .containsExactlyElementsOf(LineupCommand.commandLine().getSubcommands().keySet());
        assertThat(LineupCommand.commandLineFor(new String[] {"rendr", "--out", "x"}).getSubcommands().keySet())
                .containsExactlyElementsOf(LineupCommand.commandLine().getSubcommands().keySet());
        assertThat(Subcommands.subcommandName(new String[] {"--data-dir", "render", "source", "list"}))
                .isEqualTo("source");
        assertThat(Subcommands.subcommandName(new String[] {"--data-dir=/x", "output"})).isEqualTo("output");
    }

    private static String help(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }
}
