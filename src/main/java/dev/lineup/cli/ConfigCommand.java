package dev.lineup.cli;

import dev.lineup.service.workspace.Workspace;
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
                String v = ws.settings().value(key)
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
            try (Workspace ws = Cli.open(spec)) {
                Cli.out(spec).println(key + " = " + ws.settings().set(key, value));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "Print every setting with its effective value.")
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                for (Map.Entry<String, String> e : ws.settings().all().entrySet()) {
                    Cli.out(spec).println(e.getKey() + " = " + e.getValue());
                }
            }
            return ExitCodes.OK;
        }
    }
}
