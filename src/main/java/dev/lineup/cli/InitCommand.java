package dev.lineup.cli;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.service.workspace.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lineup init --name NAME [--role ROLE]}: names this installation (its id is made once and kept). */
@Command(name = "init", description = "Create or rename this installation and set its publish role.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "Installation name shown to other installations.")
    String name;

    @Option(names = "--role", defaultValue = "primary",
            description = "primary, secondary-local or secondary-mirror (default: ${DEFAULT-VALUE}).")
    String role;

    @Override
    public Integer call() throws Exception {
        Role r;
        try {
            r = Role.parse(role);
        } catch (IllegalArgumentException e) {
            throw new UserError("--role must be primary, secondary-local or secondary-mirror, not \"" + role + "\"");
        }
        try (Workspace ws = Cli.open(spec)) {
            Installation inst = dev.lineup.service.FirstRun.init(ws, name, r);
            Cli.out(spec).printf("installation \"%s\" (%s), role %s, data in %s%n", inst.name(), inst.id(),
                    inst.role().word(), ws.dataDir());
        }
        return ExitCodes.OK;
    }
}
