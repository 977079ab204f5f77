package dev.lineup.output;

import dev.lineup.m3u.M3uHeader;
import dev.lineup.model.Installation;
import dev.lineup.model.PublishedFile;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutValues;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.xmltv.DummyProgrammes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a stored layout from the database: its channels resolved to the providers' current entries,
 * the guide filtered from the stored guide files of every guide source, placeholder programmes for
 * visible channels no guide has (when the layout asks for them; block length setting
 * {@value #DUMMY_BLOCK_MINUTES}, 0 = off everywhere), and the manifest
 * naming this installation. What {@code lineup output}, the desktop app and publishing call.
 */
public final class LayoutOutput {
    public static final String DUMMY_BLOCK_MINUTES = dev.lineup.store.Settings.DUMMY_BLOCK_MINUTES;
    public static final int DEFAULT_DUMMY_BLOCK_MINUTES = 60;
    /** What a cancelled render says: "Output cancelled". */
    static final String CANCELLED = "Output";
    private static final Logger LOG = LoggerFactory.getLogger(LayoutOutput.class);

    private LayoutOutput() {
    }

    /** Renders {@code layoutName} into {@code dir} (null = {@link #defaultDir}); see the class comment. */
    public static RenderResult render(LineupStore store, String layoutName, Path dir, Progress progress)
            throws IOException {
        return render(store, layoutName, dir, progress, Cancellation.none());
    }

    /**
     * As {@link #render(LineupStore, String, Path, Progress)}, stopping with a
     * {@link dev.lineup.task.CancelledException} ("Output cancelled") soon after {@code cancel} is pressed; the
     * folder then keeps its previous output untouched (every file is written aside and moved into place).
     */
    public static RenderResult render(LineupStore store, String layoutName, Path dir, Progress progress,
                                      Cancellation cancel) throws IOException {
        return render(store, layoutName, dir, progress, cancel, store.publishRuns().publishedFiles(layoutName));
    }

    /**
     * As above, for the target whose guide links are {@code targetLinks}: those its last publish of the layout
     * recorded, else those it knows before writing (a local folder); the playlist names the guide among them,
     * and none when there is none. Without a target in view (a plain output) they are the links of the
     * layout's newest publish.
     */
    public static RenderResult render(LineupStore store, String layoutName, Path dir, Progress progress,
                                      Cancellation cancel, List<PublishedFile> targetLinks) throws IOException {
        Instant now = Instant.now();
        Optional<String> guideLink = namedGuideLink(store, layoutName, targetLinks);
        // Taken before anything is read: an edit made during the render then makes the next digest differ.
        Optional<String> inputs = RenderInputs.of(store, layoutName, now, guideLink.orElse(""));
        Layout layout = store.layouts().load(layoutName)
                .orElseThrow(() -> new NoSuchLayoutException(layoutName));
        String bad = LayoutValues.problem(layout); // file names are unique by construction (LayoutStore)
        if (bad != null) {
            throw new IllegalArgumentException("layout '" + layoutName + "' cannot be output: " + bad);
        }
        Path out = dir != null ? dir : defaultDir(store, layoutName);
        Progress p = progress == null ? Progress.NONE : progress;
        Progress checked = (phase, done, total) -> {
            p.update(phase, done, total);
            cancel.check(CANCELLED); // every report comes before the files are moved into place
        };
        cancel.check(CANCELLED);
        RenderedFrom.forget(out);
        Set<String> guideIds = store.sources().guideChannelIds();
        StoredChannels selection = new StoredChannels(layout.timing(), store.sources().list().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id(), s -> s.name())));
        // Per layout (off for a new one); the setting is their length, 0 switching them off everywhere.
        DummyChannels dummies = new DummyChannels(guideIds, layout.options(), now,
                Duration.ofMinutes(layout.options().placeholderGuides() ? dummyBlockMinutes(store) : 0));
        RenderRequest req = RenderRequest.forLayout(layoutName, fileName(store, layoutName), out, layout.options(),
                instance(store), now);
        cancel.check(CANCELLED);
        // Resolved, written and forgotten a chunk at a time: memory follows the guide, not the layout's size.
        LayoutRenderer.ChannelFeed channels = sink -> store.resolver().forEach(layout, r -> {
            OutputChannel c = selection.select(r);
            if (c != null) {
                sink.accept(dummies.plan(c));
            }
        });
        DummyProgrammes[] placeholders = new DummyProgrammes[1];
        M3uHeader defaults = PlaylistHeader.providerDefaults(store, layout);
        RenderResult r = LayoutRenderer.render(req, PlaylistHeader.forPlayers(defaults, guideLink.orElse(null)),
                channels, new GuidePlan(guideIds::contains), store.sources().guideFiles(),
                () -> placeholders[0] = dummies.dummies(), selection::unresolved, List.of(), checked);
        if (guideLink.isPresent() && !writesGuide(r.manifest(), req.fileName())) {
            // No channel got a programme, so no guide was written: the playlist must not name one (a player
            // would fetch a missing file). The playlist alone again; the digest stays that of these inputs.
            r = LayoutRenderer.render(req, PlaylistHeader.forPlayers(defaults, null), channels,
                    new GuidePlan(guideIds::contains), store.sources().guideFiles(),
                    () -> placeholders[0] = dummies.dummies(), selection::unresolved, List.of(), checked);
        }
        LOG.info("output layout '{}' to {}: {} channels, {} placeholder guides, {} series left out, generation {}",
                layoutName, out, r.channels(), placeholders[0].channels().size(), selection.seriesLeftOut(),
                r.manifest().generation());
        if (inputs.isPresent()) {
            RenderedFrom.remember(out, inputs.get(), r.manifest());
        }
        return r.withStoreCounts(selection.removedByProvider(), placeholders[0].channels().size());
    }

    /**
     * The manifest of {@code dir} when it holds what rendering {@code layoutName} now would write again
     * (nothing that feeds the output changed since it was rendered there); empty: render it.
     */
    public static Optional<Manifest> current(LineupStore store, String layoutName, Path dir) {
        return current(store, layoutName, dir, store.publishRuns().publishedFiles(layoutName));
    }

    /** As above, for a render that would be given {@code targetLinks} ({@link #render}). */
    public static Optional<Manifest> current(LineupStore store, String layoutName, Path dir,
                                             List<PublishedFile> targetLinks) {
        return RenderInputs.of(store, layoutName, Instant.now(),
                namedGuideLink(store, layoutName, targetLinks).orElse(""))
                .flatMap(inputs -> RenderedFrom.current(dir, inputs));
    }

    /**
     * The guide link the playlist's header names, among the target's {@code links}. It is part of the render's
     * digest as named, so a first publish that rendered with a planned link equal to the recorded one is not
     * rendered again, and a render for another target (another link) is never taken for this one's.
     */
    private static Optional<String> namedGuideLink(LineupStore store, String layoutName, List<PublishedFile> links) {
        Optional<dev.lineup.model.LayoutOptions> options = store.layouts().options(layoutName);
        if (options.isEmpty()) {
            return Optional.empty();
        }
        return PlaylistHeader.guideLink(links, fileName(store, layoutName), options.get());
    }

    private static boolean writesGuide(Manifest manifest, String base) {
        return manifest.files().stream().anyMatch(f -> f.name().equals(base + ".xml") || f.name().equals(base + ".xml.gz"));
    }

    /** {@code DATA/output/<slug>/}: where a layout's output goes unless told otherwise. */
    public static Path defaultDir(LineupStore store, String layoutName) {
        return store.database().dataDir().resolve("output").resolve(fileName(store, layoutName));
    }

    /** The base name of a stored layout's files: chosen at its creation, kept through renames. */
    public static String fileName(LineupStore store, String layoutName) {
        return store.layouts().fileName(layoutName);
    }

    /**
     * The share links of the layout's guide files as its last publish to {@code target} recorded them: what its
     * playlist's header names there ({@link PlaylistHeader#guideLink}). Empty before the first publish there
     * (a cloud folder's links are then named as the publish goes, {@code PlaylistGuideLink}).
     */
    public static java.util.Set<String> guideLinks(LineupStore store, String layoutName, String target) {
        String base = fileName(store, layoutName);
        java.util.Set<String> out = new java.util.TreeSet<>();
        store.publishRuns().publishedFiles(layoutName, target).stream()
                .filter(f -> f.name().equals(base + ".xml") || f.name().equals(base + ".xml.gz"))
                .forEach(f -> out.add(f.name() + " " + f.shareLink()));
        return out;
    }

    /** The slug of a name ({@link LayoutValues#fileName}), for what has no stored file name (targets). */
    public static String fileName(String layoutName) {
        return LayoutValues.fileName(layoutName);
    }

    static int dummyBlockMinutes(LineupStore store) {
        String v = store.settings().get(DUMMY_BLOCK_MINUTES).orElse(Integer.toString(DEFAULT_DUMMY_BLOCK_MINUTES));
        int m;
        try {
            m = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            m = -1;
        }
        if (m != 0 && (m < 5 || m > 24 * 60)) {
            throw new IllegalArgumentException("setting " + DUMMY_BLOCK_MINUTES + " must be 0 (off) or 5 to 1440 "
                    + "minutes, not \"" + v + "\"");
        }
        return m;
    }

    private static Manifest.Instance instance(LineupStore store) {
        return store.installation().get().map(LayoutOutput::instance)
                .orElseGet(() -> new Manifest.Instance("uninitialized", "(run lineup init)"));
    }

    private static Manifest.Instance instance(Installation i) {
        return new Manifest.Instance(i.id(), i.name());
    }

}
