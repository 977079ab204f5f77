package dev.lineup.source;

import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import dev.lineup.store.IncomingChannel;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Turns a playlist file into the channels and categories a refresh stores. */
final class PlaylistReading {
    /** Attributes stored in their own columns, so not repeated in the attribute list. */
    private static final Set<String> OWN_COLUMNS = Set.of("tvg-id", "tvg-name", "tvg-logo", "group-title");

    private PlaylistReading() {
    }

    /**
     * What a first reading found: the entry count, categories and guide URLs; {@code channels} reads the
     * file again (the download stays in place for the whole refresh).
     */
    record Read(IncomingFeed channels, int count, List<SourceCategory> categories, List<String> guideUrls,
                List<String> skipped, List<dev.lineup.model.SourceAttribute> headerDefaults) {
    }

    /**
     * Reads {@code file} once, handing each channel to {@code firstPass} (the identity matcher) and
     * collecting the categories; the returned feed yields the very same channels again.
     */
    static Read read(PlaylistParser parser, Path file, String sourceName, long sourceId, boolean ignoreVod,
                     boolean ignoreSeries, Progress progress, Cancellation cancel,
                     Consumer<IncomingChannel> firstPass) throws IOException {
        Map<String, SourceCategory> cats = new LinkedHashMap<>();
        int[] count = {0};
        PlaylistParser.Summary summary = parse(parser, file, sourceName, sourceId, ignoreVod, ignoreSeries, in -> {
            if ((count[0] & 1023) == 0) {
                cancel.check("refresh");
                progress.update("read", count[0], -1);
            }
            count[0]++;
            SourceChannel ch = in.channel();
            String catName = SourceCategory.nameOf(ch.group());
            cats.computeIfAbsent(ch.kind().word() + "\u0000" + catName,
                    k -> new SourceCategory(0, sourceId, ch.kind(), null, catName, true));
            firstPass.accept(in);
        });
        progress.update("read", count[0], count[0]);
        IncomingFeed again = sink -> parse(parser, file, sourceName, sourceId, ignoreVod, ignoreSeries, sink);
        return new Read(again, count[0], new ArrayList<>(cats.values()), summary.guideUrls(), summary.skipped(),
                summary.headerDefaults());
    }

    private static PlaylistParser.Summary parse(PlaylistParser parser, Path file, String sourceName, long sourceId,
                                                boolean ignoreVod, boolean ignoreSeries, Consumer<IncomingChannel> sink)
            throws IOException {
        // Many channels share a group: one String per group instead of one per channel.
        Map<String, String> groups = new HashMap<>();
        int[] position = {0};
        return parser.parse(file, sourceName, p -> {
            StreamKind kind = StreamKind.ofUrl(p.url());
            if ((kind == StreamKind.VOD && ignoreVod) || (kind == StreamKind.SERIES && ignoreSeries)) {
                return;
            }
            String group = p.group() == null ? null : groups.computeIfAbsent(p.group(), g -> g);
            List<SourceAttribute> attrs = p.attributes().isEmpty() ? List.of() : new ArrayList<>();
            for (SourceAttribute a : p.attributes()) {
                if (!OWN_COLUMNS.contains(a.key().toLowerCase(Locale.ROOT))) {
                    attrs.add(a);
                }
            }
            String tvgName = p.tvgName() != null && p.tvgName().equals(p.name()) ? p.name() : p.tvgName();
            SourceChannel ch = new SourceChannel(0, sourceId, kind, position[0]++, p.name(), group, p.url(),
                    p.urlSuffix(), blankToNull(p.tvgId()), tvgName, blankToNull(p.logo()), null, null, p.duration(),
                    attrs, p.extraLines(), null);
            sink.accept(new IncomingChannel(ch, p.url()));
        });
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
