package dev.lineup.cli;

import dev.lineup.model.Redactor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Another process running a list of CLI commands in-process, one per line (arguments separated by tabs),
 * and printing each command's exit code, stdout and stderr. Started with the desktop's log properties so its
 * whole log lands in a file, as {@code DATA/logs/lineup.log} does for the app. Args: SCRIPT_FILE
 */
public final class CliScriptMain {
    private CliScriptMain() {
    }

    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            CliRun r = CliRun.of(line.split("\t"));
            // The command itself is echoed redacted: what is under test is what Lineup prints.
            System.out.println("$ " + Redactor.text(line.replace('\t', ' ')));
            System.out.println("exit " + r.code());
            System.out.print(r.out());
            System.out.print(r.err());
            System.out.flush();
        }
        System.out.println("SCRIPT DONE");
    }
}
