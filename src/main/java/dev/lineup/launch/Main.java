package dev.lineup.launch;

import dev.lineup.cli.LineupCommand;
import dev.lineup.cli.VersionProvider;
import java.nio.file.Path;

/**
 * Entry point of {@code lineup.jar} and of the installed {@code lineup} launcher. Deliberately not a
 * JavaFX {@code Application}: a shaded jar's main class must not extend it, and a subcommand must never
 * start the toolkit so the CLI runs on a server without a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (opensDesktop(args)) {
            DesktopLauncher.launch(dataDirOption(args));
            return;
        }
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // Answered before the command line is built: scripts and the start-up benchmark call it often.
            System.out.println(VersionProvider.line());
            return;
        }
        System.exit(LineupCommand.execute(args));
    }

    /** No subcommand: nothing, or only {@code --data-dir DIR} (also {@code LINEUP_HOME}), opens the desktop app. */
    static boolean opensDesktop(String[] args) {
        return args.length == 0 || dataDirOption(args) != null;
    }

    /** The DIR of {@code --data-dir DIR} or {@code --data-dir=DIR} when that is all there is, else null. */
    static Path dataDirOption(String[] args) {
        if (args.length == 1 && args[0].startsWith("--data-dir=") && !args[0].substring("--data-dir=".length()).isBlank()) {
            return Path.of(args[0].substring("--data-dir=".length()));
        }
        if (args.length == 2 && "--data-dir".equals(args[0]) && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Path.of(args[1]);
        }
        return null;
    }
}
