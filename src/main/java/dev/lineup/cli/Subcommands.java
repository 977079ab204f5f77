package dev.lineup.cli;

import picocli.CommandLine;

/** One line per subcommand, so features add theirs without touching the root command. */
final class Subcommands {
    private Subcommands() {
    }

    static void register(CommandLine cl) {
        cl.addSubcommand(new RenderCommand());
    }
}
