package dev.lineup.cli;

import dev.lineup.service.layouts.LayoutNameTakenException;
import dev.lineup.service.layouts.UnknownLayoutException;
import dev.lineup.service.workspace.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup layout rename} and {@code lineup layout set-file-name}: a layout's output file names are
 * chosen once and kept by a rename, since players load them by URL; changing them is its own, warned step.
 */
final class LayoutFileNameCommands {
    private static final String URLS_CHANGE = "warning: players load the old files' links: give them the new "
            + "links after the next publish (the old files are left where they are)";

    private LayoutFileNameCommands() {
    }

    @Command(name = "rename", description = "Rename a layout; its output files keep their names (and players their "
            + "URLs) unless --new-file-names.")
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String from;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String to;

        @Option(names = "--new-file-names", description = "Also name the output files after NEW_NAME (player URLs "
                + "change).")
        boolean newFileNames;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = Cli.out(spec);
            try (Workspace ws = Cli.open(spec)) {
                if (newFileNames) {
                    ws.layouts().renameWithNewFiles(from, to.strip());
                } else {
                    ws.layouts().rename(from, to.strip());
                }
                String files = ws.layouts().fileName(to.strip());
                out.printf("renamed layout '%s' to '%s'; its files are %s.m3u and %s.xml%s%n", from, to.strip(), files,
                        files, ws.layouts().load(to.strip()).options().gzipGuide() ? ".gz" : "");
                if (newFileNames) {
                    Cli.err(spec).println(URLS_CHANGE);
                }
            } catch (UnknownLayoutException e) {
                throw new UserError("no layout named \"" + from + "\" (see: lineup layout list)", e);
            } catch (LayoutNameTakenException | IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-file-name", description = "Name a layout's output files FILE_NAME.m3u, FILE_NAME.xml… "
            + "(lower-case letters, digits, '-'); player URLs change.")
    static final class SetFileName implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LAYOUT")
        String layout;

        @Parameters(index = "1", paramLabel = "FILE_NAME")
        String fileName;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = Cli.open(spec)) {
                String old = ws.layouts().fileName(layout);
                ws.layouts().setFileName(layout, fileName);
                Cli.out(spec).printf("layout '%s' now writes %s.m3u (was %s.m3u)%n", layout, fileName.strip(), old);
                if (!old.equals(fileName.strip())) {
                    Cli.err(spec).println(URLS_CHANGE);
                }
            } catch (UnknownLayoutException e) {
                throw new UserError("no layout named \"" + layout + "\" (see: lineup layout list)", e);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }
    }
}
