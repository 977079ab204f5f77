package dev.lineup.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * One line per subcommand, so features add theirs without touching the root command. Building a command's
 * picocli model is the largest part of a short run's start-up (about 0.4 s of CPU for all of them), so a run
 * that names its subcommand builds only that one.
 */
final class Subcommands {
    /** Subcommand name (as in its {@code @Command}) → a new instance, in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("render", RenderCommand::new);
        ALL.put("init", InitCommand::new);
        ALL.put("config", ConfigCommand::new);
        ALL.put("source", SourceCommand::new);
        ALL.put("backup", BackupCommand::new);
        ALL.put("restore", RestoreCommand::new);
        ALL.put("target", TargetCommand::new);
        ALL.put("publish", PublishCommand::new);
        ALL.put("lock", LockCommand::new);
        ALL.put("mirror", MirrorCommand::new);
        ALL.put("output", OutputCommand::new);
        ALL.put("layout", LayoutCommand::new);
        ALL.put("epg", EpgCommand::new);
        ALL.put("health", HealthCommand::new);
        ALL.put("run-scheduled", RunScheduledCommand::new);
        ALL.put("schedule", ScheduleCommand::new);
    }

    private Subcommands() {
    }

    static void register(CommandLine cl) {
        ALL.values().forEach(s -> cl.addSubcommand(s.get()));
    }

    /**
     * Registers only the subcommand {@code args} run, when they name one after the root's own options; else
     * (no subcommand, a misspelt one, root {@code --help}) every one, so help and suggestions stay complete.
     */
    static void register(CommandLine cl, String[] args) {
        Supplier<Object> only = ALL.get(subcommandName(args));
        if (only == null) {
            register(cl);
        } else {
            cl.addSubcommand(only.get());
        }
    }

    /** The first word that is neither a root option nor the value of {@code --data-dir}, or null. */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** Every subcommand's name, in registration order. */
    static Iterable<String> names() {
        return ALL.keySet();
    }
}
