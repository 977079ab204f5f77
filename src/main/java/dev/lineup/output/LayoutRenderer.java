package dev.lineup.output;

import dev.lineup.m3u.M3uHeader;
import dev.lineup.m3u.M3uIssue;
import dev.lineup.m3u.M3uReader;
import dev.lineup.m3u.M3uWriter;
import dev.lineup.task.Progress;
import dev.lineup.xmltv.DummyProgrammes;
import dev.lineup.xmltv.FilterStats;
import dev.lineup.xmltv.GuideFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Renders a layout's playlist and guide into an output folder. Everything is written to staged
 * temporaries first and renamed into place only when all of it succeeded, manifest last; the guide
 * is streamed through the XMLTV filter, so memory does not grow with the guide's size.
 */
public final class LayoutRenderer {

    private LayoutRenderer() {
    }

    /** Renders channels already resolved from a layout, with their guide from {@code guides}. */
    public static RenderResult render(RenderRequest req, List<OutputChannel> channels, List<Path> guides,
                                      int missingChannels, List<M3uIssue> issues, Progress progress)
            throws IOException {
        return render(req, channels, guides, DummyProgrammes.none(), missingChannels, issues, progress);
    }

    /**
     * As above, with placeholder guide channels and programmes for channels that have no guide (written
     * after the real ones; a guide is written even without guide inputs when there are placeholders).
     */
    public static RenderResult render(RenderRequest req, List<OutputChannel> channels, List<Path> guides,
                                      DummyProgrammes dummies, int missingChannels, List<M3uIssue> issues,
                                      Progress progress) throws IOException {
        return render(req, channels::forEach, new GuidePlan(id -> true), guides, () -> dummies, () -> missingChannels,
                issues, progress);
    }

    /** Channels handed to the renderer one at a time, in output order (a stored layout is resolved in chunks). */
    @FunctionalInterface
    interface ChannelFeed {
        void forEach(Consumer<OutputChannel> sink);
    }

    /**
     * The renderer proper: each channel is written as it arrives and only what the guide filter needs of
     * it is kept ({@code plan}), so memory follows the guide's channels, not the layout's. {@code dummies}
     * and {@code missingChannels} are asked for once every channel has been written.
     */
    static RenderResult render(RenderRequest req, ChannelFeed channels, GuidePlan plan, List<Path> guides,
                               Supplier<DummyProgrammes> dummies, IntSupplier missingChannels, List<M3uIssue> issues,
                               Progress progress) throws IOException {
        return render(req, M3uHeader.EMPTY, channels, plan, guides, dummies, missingChannels, issues, progress);
    }

    /** As above, the playlist starting with {@code header} ({@link PlaylistHeader}). */
    static RenderResult render(RenderRequest req, M3uHeader header, ChannelFeed channels, GuidePlan plan,
                               List<Path> guides, Supplier<DummyProgrammes> dummies, IntSupplier missingChannels,
                               List<M3uIssue> issues, Progress progress) throws IOException {
        try (StagedOutput out = new StagedOutput(req.outDir(), req.forPublish())) {
            int[] count = {0};
            try (M3uWriter w = m3uWriter(out.create(req.playlistName()))) {
                w.writeHeader(header);
                channels.forEach(channel -> {
                    OutputChannel c = plan.place(channel);
                    try {
                        w.write(EntryRewriter.rewrite(c));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    plan.add(c);
                    if (++count[0] % 50_000 == 0) {
                        progress.update("writing playlist", count[0], -1);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            DummyProgrammes d = dummies.get();
            FilterStats stats = guides.isEmpty() && d.isEmpty() ? null
                    : writeGuide(out, req, plan.build(req), guides, d, progress);
            return finish(out, req, count[0], stats, missingChannels.getAsInt(), issues);
        }
    }

    /** Without a layout: every playlist entry as it is, the guide cut down to the playlist's tvg-ids. */
    public static RenderResult renderAll(RenderRequest req, List<Path> playlists, List<Path> guides,
                                         Progress progress) throws IOException {
        try (StagedOutput out = new StagedOutput(req.outDir(), req.forPublish())) {
            // tvg-id -> the playlist's name for it: the guide's <channel> for it, should the guide lack one
            Map<String, String> tvgIds = new HashMap<>();
            List<M3uIssue> issues = new ArrayList<>();
            int count = 0;
            try (M3uWriter w = m3uWriter(out.create(req.playlistName()))) {
                boolean headerWritten = false;
                for (Path p : playlists) {
                    try (M3uReader r = M3uReader.open(p)) {
                        if (!headerWritten) {
                            w.writeHeader(PlaylistHeader.forPlayers(r.header(), null));
                            headerWritten = true;
                        }
                        // entries pass through unchanged: copied as bytes, decoded only for the guide's ids
                        boolean withGuide = !guides.isEmpty();
                        while (r.copyNext(w, withGuide)) {
                            String tvgId = r.copiedTvgId();
                            if (withGuide && tvgId != null && !tvgId.isBlank()) {
                                tvgIds.putIfAbsent(tvgId, r.copiedName());
                            }
                            if (++count % 50_000 == 0) {
                                progress.update("writing playlist", count, -1);
                            }
                        }
                        issues.addAll(r.issues());
                    }
                }
            }
            FilterStats stats = guides.isEmpty() ? null
                    : writeGuide(out, req, GuidePlan.keepIds(tvgIds, req), guides, DummyProgrammes.none(), progress);
            return finish(out, req, count, stats, 0, issues);
        }
    }

    /** The playlist is hashed and written on a second thread while the entries are produced on this one. */
    private static M3uWriter m3uWriter(OutputStream os) {
        return M3uWriter.toBlockStream(new PipelinedOutputStream(os, "playlist"));
    }

    private static FilterStats writeGuide(StagedOutput out, RenderRequest req, GuideFilter filter, List<Path> guides,
                                          DummyProgrammes dummies, Progress progress) throws IOException {
        try (OutputStream guideOut = GuideStreams.open(out, req)) {
            return dev.lineup.xmltv.XmltvFilter.run(guides, filter, dummies, guideOut, progress);
        }
    }

    private static RenderResult finish(StagedOutput out, RenderRequest req, int channels, FilterStats stats,
                                       int missing, List<M3uIssue> issues) throws IOException {
        if (channels == 0 && !req.allowEmpty()) {
            throw new EmptyRenderException("nothing to write: no channel was found, so the previous output in "
                    + req.outDir() + " was left as it was");
        }
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (String name : out.names()) {
            files.add(new Manifest.FileEntry(name, out.size(name), out.sha256(name),
                    out.blockSha256(name)));
        }
        long generation = Manifest.readFrom(req.outDir()).map(Manifest::generation).orElse(0L) + 1;
        Manifest manifest = new Manifest(Manifest.SCHEMA, req.layoutName(), generation, req.now().toString(),
                req.instance(), files);
        try (OutputStream m = out.create(Manifest.FILE_NAME)) {
            m.write(manifest.toJson());
        }
        out.commit();
        return new RenderResult(manifest, channels, stats == null ? 0 : stats.channels(),
                stats == null ? 0 : stats.programmesKept(), stats == null ? 0 : stats.programmesDropped(), missing, issues);
    }
}
