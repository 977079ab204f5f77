package dev.lineup.cli;

import dev.lineup.service.layouts.StoredEpgMatch;
import dev.lineup.service.settings.SettingsService;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.store.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lineup config get KEY}, {@code config set KEY VALUE}, {@code config list}. Never shows secrets. */
@Command(name = "config", description = "Read or change a setting.",
        subcommands = {ConfigCommand.Get.class, ConfigCommand.Set.class, ConfigCommand.ListAll.class})
final class ConfigCommand {

    @Command(name = "get", description = "Print a setting's value (its default when not set).")
    static final class Get implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                String v = ws.store().settings().get(key)
                        .orElseThrow(() -> new UserError("no setting \"" + key + "\" (see: lineup config list)"));
                Cli.out(spec).println(v);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "set", description = "Change a setting.")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY")
        String key;
        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() throws Exception {
            if (!known(key)) {
                // A typo (lease.ttl-second) would otherwise be stored and silently change nothing.
                throw new UserError("unknown setting \"" + key + "\"; known: " + String.join(", ", knownKeys())
                        + ", layout.NAME.*, " + StoredEpgMatch.SOURCES + ".LAYOUT[/GROUP], " + StoredEpgMatch.COUNTRY + "SOURCE");
            }
            if (key.equals(Settings.SCHEDULE_BUSY_WAIT) || key.equals(Settings.RATE_LIMIT_WAIT)) {
                try {
                    dev.lineup.service.common.Durations.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new UserError(key + ": " + e.getMessage(), e);
                }
            }
            try (Workspace ws = Cli.open(spec)) {
                ws.store().settings().set(key, value);
                Cli.out(spec).println(key + " = " + ws.store().settings().get(key).orElse(value));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }

    /** Keys with a default, the optional ones the app reads, and the per-layout ones ({@code layout.NAME.*}). */
    static boolean known(String key) {
        return knownKeys().contains(key) || (key.startsWith("layout.") && key.lastIndexOf('.') > "layout.".length())
                || key.startsWith(StoredEpgMatch.SOURCES + ".") && key.length() > StoredEpgMatch.SOURCES.length() + 1
                || key.startsWith(StoredEpgMatch.COUNTRY) && key.length() > StoredEpgMatch.COUNTRY.length();
    }

    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>(Settings.DEFAULTS.keySet());
        keys.addAll(List.of(Settings.SCHEDULE_PUBLISH_TARGET, SettingsService.THEME, SettingsService.SCHEDULE_IN_APP,
                StoredEpgMatch.SOURCES, StoredEpgMatch.IGNORE_WORDS));
        Collections.sort(keys);
        return keys;
    }

    @Command(name = "list", description = "Print every setting with its effective value.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                for (Map.Entry<String, String> e : ws.store().settings().all().entrySet()) {
                    Cli.out(spec).println(e.getKey() + " = " + e.getValue());
                }
            }
            return ExitCodes.OK;
        }
    }
}
