package dev.lineup.cli;

import picocli.CommandLine;

/** One line per subcommand, so features add theirs without touching the root command. */
final class Subcommands {
    private Subcommands() {
    }

    static void register(CommandLine cl) {
        cl.addSubcommand(new RenderCommand());
        cl.addSubcommand(new InitCommand());
        cl.addSubcommand(new ConfigCommand());
        cl.addSubcommand(new SourceCommand());
        cl.addSubcommand(new BackupCommand());
        cl.addSubcommand(new RestoreCommand());
        cl.addSubcommand(new TargetCommand());
        cl.addSubcommand(new PublishCommand());
        cl.addSubcommand(new LockCommand());
        cl.addSubcommand(new MirrorCommand());
        cl.addSubcommand(new OutputCommand());
        cl.addSubcommand(new LayoutCommand());
        cl.addSubcommand(new EpgCommand());
        cl.addSubcommand(new HealthCommand());
        cl.addSubcommand(new RunScheduledCommand());
        cl.addSubcommand(new ScheduleCommand());
    }
}
