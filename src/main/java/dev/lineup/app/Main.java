package dev.lineup.app;

import dev.lineup.cli.LineupCommand;

/**
 * Entry point of {@code lineup.jar}. Deliberately not a JavaFX {@code Application}: a shaded jar's
 * main class must not extend it, and a subcommand must never start the toolkit so the CLI runs on a
 * server without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch();
            return;
        }
        System.exit(LineupCommand.commandLine().execute(args));
    }
}
