package dev.lineup.cli;

import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.TimingChange;
import dev.lineup.layout.TimingEdits;
import dev.lineup.model.Catchup;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.service.layouts.UnknownLayoutException;
import dev.lineup.service.library.SourceInfo;
import dev.lineup.service.workspace.Workspace;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lineup layout shift LAYOUT SCOPE (--hours H | --clear)} and
 * {@code lineup layout catchup LAYOUT SCOPE (--on [--days N] [--type T] [--catchup-source URL] | --off | --provider
 * | --clear)}, where SCOPE is {@code --group G...}, {@code --source NAME}, {@code --channel NAME...} or {@code --all}
 * (playlist-wide). A channel's own value wins over its group's, its group's over its source's, its source's
 * over the playlist's.
 */
final class LayoutTimingCommands {
    private LayoutTimingCommands() {
    }

    /** Where a change applies; exactly one. */
    static final class Scope {
        @Option(names = "--group", paramLabel = "GROUP", description = "These groups (repeatable).")
        List<String> groups;
        @Option(names = "--source", paramLabel = "SOURCE", description = "Every channel of this source.")
        String source;
        @Option(names = "--channel", paramLabel = "NAME", description = "Channels of this name (repeatable).")
        List<String> channels;
        @Option(names = "--all", description = "The whole playlist.")
        boolean all;
    }

    abstract static class TimingCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LAYOUT")
        String layout;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        abstract TimingChange change();

        @Override
        public Integer call() throws Exception {
            TimingChange change;
            try {
                change = change();
            } catch (LayoutEditException | IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            try (Workspace ws = Cli.open(spec)) {
                Layout l;
                try {
                    l = ws.layouts().load(layout);
                } catch (UnknownLayoutException e) {
                    throw new UserError("no layout named \"" + layout + "\" (see: lineup layout list)", e);
                }
                LayoutEdit edit;
                try {
                    edit = edit(ws, l, change);
                    ws.layouts().save(edit.apply(l));
                } catch (LayoutEditException e) {
                    throw new UserError(e.getMessage(), e);
                }
                Cli.out(spec).printf("layout '%s': %s%n", layout, edit.description());
            }
            Cli.out(spec).flush();
            return ExitCodes.OK;
        }

        private LayoutEdit edit(Workspace ws, Layout l, TimingChange change) {
            if (scope.groups != null) {
                return TimingEdits.forGroups(scope.groups, change);
            }
            if (scope.source != null) {
                List<String> names = ws.sources().list().stream().map(SourceInfo::name).toList();
                if (!names.contains(scope.source)) {
                    throw new UserError("no source named \"" + scope.source + "\" (see: lineup source list)");
                }
                return TimingEdits.forSource(scope.source, change);
            }
            if (scope.channels != null) {
                Set<String> wanted = Set.copyOf(scope.channels);
                Set<String> keys = l.channels().filter(c -> wanted.contains(c.name())).map(LayoutChannel::sourceKey)
                        .collect(Collectors.toSet());
                Set<String> found = l.channels().map(LayoutChannel::name).filter(wanted::contains)
                        .collect(Collectors.toSet());
                for (String w : scope.channels) {
                    if (!found.contains(w)) {
                        throw new UserError("no channel named \"" + w + "\" in layout '" + l.name() + "'");
                    }
                }
                return TimingEdits.forChannels(keys, change);
            }
            return TimingEdits.forPlaylist(change);
        }
    }

    @Command(name = "shift", description = "Set the guide's time shift for groups, a source, channels or the "
            + "whole playlist.")
    static final class Shift extends TimingCommand {
        static final class Value {
            @Option(names = "--hours", paramLabel = "H", description = "Hours, -24 to 24 (e.g. 1, -0.5).")
            Double hours;
            @Option(names = "--clear", description = "Set none here: follow the level above.")
            boolean clear;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Value value;

        @Override
        TimingChange change() {
            return value.clear ? new TimingChange(TimingChange.Action.CLEAR, null, TimingChange.Action.KEEP, null)
                    : TimingChange.shift(value.hours);
        }
    }

    @Command(name = "catchup", description = "Set catch-up for groups, a source, channels or the whole playlist.")
    static final class CatchupCommand extends TimingCommand {
        static final class Mode {
            @Option(names = "--on", description = "Catch-up on (with --days, --type, --catchup-source).")
            boolean on;
            @Option(names = "--off", description = "Catch-up off: remove the provider's catch-up attributes.")
            boolean off;
            @Option(names = "--provider", description = "As the provider has it.")
            boolean provider;
            @Option(names = "--clear", description = "Set none here: follow the level above.")
            boolean clear;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Mode mode;

        @Option(names = "--days", paramLabel = "N", description = "Days of catch-up, 1 to " + Catchup.MAX_DAYS + ".")
        Integer days;

        @Option(names = "--type", paramLabel = "TYPE", description = "default, append, shift, flussonic, xc, …")
        String type;

        @Option(names = "--catchup-source", paramLabel = "URL", description = "The catch-up URL template.")
        String catchupSource;

        @Override
        TimingChange change() {
            if (!mode.on && (days != null || type != null || catchupSource != null)) {
                throw new IllegalArgumentException("--days, --type and --catchup-source go with --on");
            }
            if (mode.clear) {
                return new TimingChange(TimingChange.Action.KEEP, null, TimingChange.Action.CLEAR, null);
            }
            Catchup c = mode.on ? Catchup.on(days, type, catchupSource) : mode.off ? Catchup.OFF : Catchup.PROVIDER;
            return TimingChange.catchup(c);
        }
    }
}
