package dev.lineup.service.publish;

import dev.lineup.task.Cancellation;
import dev.lineup.model.PublishedFile;
import dev.lineup.output.LayoutOutput;
import dev.lineup.output.PlaylistGuideLink;
import dev.lineup.store.LineupStore;
import dev.lineup.sync.LinkNaming;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.StagedFolder;
import dev.lineup.sync.SyncException;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Rendering for a publish, so that each playlist names the guide published beside it ({@code url-tvg}): a
 * layout's playlist is rendered with the guide links its last publish to this target recorded (links are kept
 * per layout and target: a layout published to two folders names each folder's own guide), or on a first
 * publish there with the links the target knows before writing (a local folder's). Where it cannot know them (Dropbox, Drive make a link
 * for an existing file only), the first publish uploads the guide first and names its link in the playlist
 * just before the playlist goes up ({@link #linkNamer}); the next render, with the link recorded, writes the
 * same bytes. Share links are stable per file, so after that the playlist never changes because of its link.
 */
final class GuideNaming {
    /** The application's stager, {@link LayoutOutput#render}; given planned links, it names them. */
    static final PublishService.Stager STAGER = LayoutOutput::render;

    /** Opens the publish's target (for the links it knows before writing). */
    @FunctionalInterface
    interface TargetOpener {
        PublishTarget open() throws SyncException;
    }

    private final LineupStore store;
    private final String targetName;
    private final TargetOpener target;
    private final java.util.Set<String> unnamed = new java.util.LinkedHashSet<>();

    /** Rendering for a publish to {@code targetName}, which {@code target} opens. */
    GuideNaming(LineupStore store, String targetName, TargetOpener target) {
        this.store = store;
        this.targetName = targetName;
        this.target = target;
    }

    /**
     * Renders {@code names} into {@code staging}, each playlist naming its guide links where known. With
     * {@code mayReuse}, a layout whose staged or output folder is current (nothing that feeds it changed) is
     * not rendered again.
     */
    void render(PublishService.Stager stager, boolean mayReuse, List<String> names, CombinedStaging staging,
                Progress progress, Cancellation cancel) throws IOException {
        Map<String, List<PublishedFile>> planned = planned(names);
        unnamed.clear();
        for (String n : names) {
            if (cancel != null) {
                cancel.check(PublishService.PUBLISH);
            }
            boolean recorded = !LayoutOutput.guideLinks(store, n, targetName).isEmpty();
            List<PublishedFile> links = recorded ? store.publishRuns().publishedFiles(n, targetName)
                    : planned.getOrDefault(n, List.of());
            if (stager == STAGER && links.isEmpty()) {
                unnamed.add(n);
            }
            // Planned links are part of what a render was given: a folder rendered without them is not current.
            if (!mayReuse || !staging.current(store, n, links)) {
                progress.update("rendering layout " + n, 0, -1);
                if (stager == STAGER) {
                    LayoutOutput.render(store, n, staging.layoutDir(n), progress,
                            cancel == null ? Cancellation.none() : cancel, links);
                } else {
                    stager.render(store, n, staging.layoutDir(n), progress); // a test's stager
                }
            }
        }
    }

    /**
     * For a publish of {@code names} staged in {@code staging}: the playlists of layouts whose guide links no
     * publish recorded yet are published after their guides and rewritten to name the links those got (the
     * first publish to a cloud folder). {@link LinkNamer#applied} tells the link check what went up.
     */
    static LinkNamer linkNamer(LineupStore store, java.util.Collection<String> names, String targetName,
                               CombinedStaging staging) {
        Map<String, String> layoutOfPlaylist = new LinkedHashMap<>();
        for (String n : names) {
            if (LayoutOutput.guideLinks(store, n, targetName).isEmpty()) {
                layoutOfPlaylist.put(LayoutOutput.fileName(store, n) + ".m3u", n);
            }
        }
        return new LinkNamer(store, layoutOfPlaylist, staging);
    }

    /**
     * The layouts the last {@link #render} staged with a playlist that names no guide link yet (no publish
     * recorded one, the target could not plan one): their playlists are named during the publish.
     */
    java.util.Set<String> unnamed() {
        return java.util.Collections.unmodifiableSet(unnamed);
    }

    /** The {@link LinkNaming} of one publish; remembers the playlists it rewrote. */
    static final class LinkNamer implements LinkNaming {
        private final LineupStore store;
        private final Map<String, String> layoutOfPlaylist;
        private final CombinedStaging staging;
        private final List<StagedFolder.Entry> rewritten = new ArrayList<>();

        private LinkNamer(LineupStore store, Map<String, String> layoutOfPlaylist, CombinedStaging staging) {
            this.store = store;
            this.layoutOfPlaylist = layoutOfPlaylist;
            this.staging = staging;
        }

        @Override
        public boolean namesLinks(String file) {
            return layoutOfPlaylist.containsKey(file);
        }

        @Override
        public Optional<StagedFolder.Entry> name(String file, Map<String, String> shareLinks) throws IOException {
            String layout = layoutOfPlaylist.get(file);
            Path dir = staging.layoutDir(layout);
            Optional<StagedFolder.Entry> named = PlaylistGuideLink.name(store, layout, dir, shareLinks)
                    .map(f -> new StagedFolder.Entry(f.name(), f.size(), f.sha256(), dir.resolve(f.name()),
                            f.blockSha256()));
            named.ifPresent(rewritten::add);
            return named;
        }

        /** {@code staged} with the playlists this rewrote, as they were published. */
        StagedFolder applied(StagedFolder staged) {
            StagedFolder out = staged;
            for (StagedFolder.Entry e : rewritten) {
                out = out.replacing(e);
            }
            return out;
        }
    }

    /** For layouts without guide links recorded for this target: the links the target says their guides will have. */
    private Map<String, List<PublishedFile>> planned(List<String> names) {
        Map<String, List<PublishedFile>> out = new LinkedHashMap<>();
        List<String> unknown = names.stream().filter(n -> LayoutOutput.guideLinks(store, n, targetName).isEmpty())
                .toList();
        if (unknown.isEmpty()) {
            return out;
        }
        try (PublishTarget t = target.open()) {
            for (String n : unknown) {
                List<PublishedFile> links = new ArrayList<>();
                String base = LayoutOutput.fileName(store, n);
                for (String file : List.of(base + ".xml.gz", base + ".xml")) {
                    t.shareLinkBeforeWriting(file).ifPresent(l -> links.add(new PublishedFile(file, 0, false, l)));
                }
                out.put(n, links);
            }
        } catch (SyncException e) {
            // The publish itself meets (and reports) the same problem; rendering goes on without planned links.
            LoggerFactory.getLogger(GuideNaming.class).debug("no planned guide links: {}", e.getMessage());
        }
        return out;
    }
}
