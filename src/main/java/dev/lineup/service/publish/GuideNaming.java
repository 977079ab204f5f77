package dev.lineup.service.publish;

import dev.lineup.output.LayoutOutput;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Rendering for a publish, so that each playlist names its published guide ({@code url-tvg}): a layout's
 * playlist is rendered with the guide links its last publish recorded; a publish that made new ones (the
 * first) leaves playlists that do not name them yet, and those layouts are rendered and published again.
 * Share links are stable per file, so after that the playlist never changes because of its guide link.
 */
final class GuideNaming {
    private final LineupStore store;
    private final Map<String, Set<String>> rendered = new LinkedHashMap<>();

    GuideNaming(LineupStore store) {
        this.store = store;
    }

    /** Renders {@code names} into {@code staging}, remembering the guide links each playlist names. */
    void render(PublishService.Stager stager, List<String> names, CombinedStaging staging, Progress progress,
                BooleanSupplier cancel) throws IOException {
        for (String n : names) {
            CancellingListener.check(cancel);
            progress.update("rendering layout " + n, 0, -1);
            rendered.put(n, LayoutOutput.guideLinks(store, n));
            stager.render(store, n, staging.layoutDir(n), progress);
        }
    }

    /** The layouts whose guide links changed with the publish just made: their playlists name old ones. */
    List<String> outdated() {
        return rendered.keySet().stream().filter(n -> !LayoutOutput.guideLinks(store, n).equals(rendered.get(n)))
                .toList();
    }
}
