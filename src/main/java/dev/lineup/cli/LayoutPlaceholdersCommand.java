package dev.lineup.cli;

import dev.lineup.layout.LayoutEditException;
import dev.lineup.service.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup layout placeholders NAME [on|off]}: whether the layout's guide gives channels that no guide has a
 * placeholder programme. Off for a new layout; a layout made before the option existed keeps them on.
 */
@Command(name = "placeholders", description = "Show or set whether channels without a guide get a placeholder "
        + "programme in this layout's guide (off for a new layout).")
final class LayoutPlaceholdersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "on|off")
    String value;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = Cli.out(spec);
        try (Workspace ws = Cli.open(spec)) {
            if (value != null) {
                ws.tools().setPlaceholderGuides(name, onOff(value));
            }
            boolean on = ws.tools().placeholderGuides(name);
            out.printf("layout '%s': placeholder programmes %s%n", name, on
                    ? "on (channels without a guide show a placeholder programme)"
                    : "off (players show no programmes for channels without a guide)");
        } catch (LayoutEditException e) {
            throw new UserError(e.getMessage(), e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean onOff(String v) {
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new UserError("placeholders: expected on or off, not \"" + v + "\"");
        };
    }
}
