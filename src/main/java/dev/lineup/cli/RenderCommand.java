package dev.lineup.cli;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutJson;
import dev.lineup.model.SourceKind;
import dev.lineup.output.EmptyRenderException;
import dev.lineup.output.LayoutRenderer;
import dev.lineup.output.Manifest;
import dev.lineup.output.PlaylistResolver;
import dev.lineup.output.RenderRequest;
import dev.lineup.output.RenderResult;
import dev.lineup.source.DownloadLimits;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lineup render}: stateless playlist + guide rendering for scripts and servers; touches no
 * database. Without a layout every channel is kept and the guide is cut to the playlist's tvg-ids.
 */
@Command(name = "render", description = "Render playlists (and guides) into DIR/NAME.m3u and DIR/NAME.xml[.gz], statelessly.")
final class RenderCommand implements Callable<Integer> {
    static final String DEFAULT_NAME = "lineup";

    @Spec
    CommandSpec spec;

    @Option(names = "--playlist", arity = "1..*", required = true, paramLabel = "FILE_OR_URL",
            description = "M3U playlist file(s) or URL(s).")
    List<String> playlists;

    @Option(names = "--epg", arity = "1..*", paramLabel = "FILE_OR_URL", description = "XMLTV guide file(s) or URL(s), plain or gz.")
    List<String> guides = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "FILE.json", description = "Layout file; without it every channel is kept.")
    Path layoutFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--name", defaultValue = DEFAULT_NAME, paramLabel = "NAME", description = "Base file name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--gzip", negatable = true,
            description = "--gzip writes only NAME.xml.gz, --no-gzip only NAME.xml; default both.")
    Boolean gzip;

    @Option(names = "--max-download-mb", paramLabel = "MB",
            description = "Stop a download that decodes past this size (default: 2048 for playlists, 8192 for guides).")
    Long maxDownloadMb;

    @Option(names = "--download-deadline", paramLabel = "DURATION",
            description = "Stop a download not finished in this time (plus one second per MB received), "
                    + "e.g. 10m, 90s (default: 10m).")
    String downloadDeadline;

    @Option(names = "--allow-empty", description = "Write the output even when no channel was found (else the "
            + "previous output is kept and the command fails).")
    boolean allowEmpty;

    @Override
    public Integer call() throws Exception {
        return run(Cli.out(spec), Cli.err(spec));
    }

    /** Renders with the options as parsed (by picocli, or by {@link QuickRenderArguments}), printing to these. */
    int run(PrintWriter stdout, PrintWriter err) throws Exception {
        FutureTask<Manifest.Instance> instance = instanceLookedUpMeanwhile();
        StderrProgress progress = new StderrProgress(err);
        OutputPlace.checkName("--name", name);
        OutputPlace.checkFolder("--out", out);
        try (InputFiles inputs = new InputFiles(progress, limits())) {
            List<Path> playlistFiles = inputs.materialize(playlists, SourceKind.M3U);
            List<Path> guideFiles = inputs.materialize(guides, SourceKind.EPG);
            Layout layout = layoutFile == null ? null : LayoutJson.read(layoutFile);
            boolean plain = gzip == null || !gzip;
            boolean gz = gzip == null || gzip;
            RenderRequest req = layout == null
                    ? new RenderRequest("all channels", name, out, plain, gz, null, null, instance.get(), Instant.now(),
                            allowEmpty, false)
                    : new RenderRequest(layout.name(), name, out, plain, gz, layout.options().guideDaysBack(),
                            layout.options().guideDaysAhead(), instance.get(), Instant.now(), allowEmpty, false);
            RenderResult result;
            try {
                if (layout == null) {
                    result = LayoutRenderer.renderAll(req, playlistFiles, guideFiles, progress);
                } else {
                    PlaylistResolver.Resolution r = PlaylistResolver.resolve(layout, playlistFiles, progress);
                    result = LayoutRenderer.render(req, r.channels(), guideFiles, r.missing().size(), r.issues(),
                            progress);
                }
            } catch (EmptyRenderException e) {
                throw new UserError(EmptyPlaylists.why(playlists, playlistFiles) + "; " + e.getMessage()
                        + " (to write an empty playlist anyway: --allow-empty)", e);
            }
            progress.done();
            Summaries.printRender(stdout, err, out, result);
            return ExitCodes.OK;
        }
    }

    private DownloadLimits limits() {
        DownloadLimits l = DownloadLimits.DEFAULTS;
        if (maxDownloadMb != null) {
            if (maxDownloadMb < 1) {
                throw new UserError("--max-download-mb must be at least 1, not " + maxDownloadMb);
            }
            l = l.withMaxBytes(maxDownloadMb * 1024 * 1024);
        }
        if (downloadDeadline != null) {
            l = l.withDeadline(Durations.parse("--download-deadline", downloadDeadline));
        }
        return l;
    }

    /**
     * The manifest's instance, looked up on a thread of its own while the inputs are checked and fetched: the host
     * name costs a name-service look-up (milliseconds from /etc/hosts, seconds where the name goes to a slow DNS).
     */
    private static FutureTask<Manifest.Instance> instanceLookedUpMeanwhile() {
        FutureTask<Manifest.Instance> task = new FutureTask<>(() -> {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown-host";
            }
            return new Manifest.Instance("render", host);
        });
        Thread t = new Thread(task, "lineup-host-name");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
