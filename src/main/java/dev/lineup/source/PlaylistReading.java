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

/** Turns a playlist file into the channels and categories a refresh stores. */
final class PlaylistReading {
    /** Attributes stored in their own columns, so not repeated in the attribute list. */
    private static final Set<String> OWN_COLUMNS = Set.of("tvg-id", "tvg-name", "tvg-logo", "group-title");

    private PlaylistReading() {
    }

    record Read(List<IncomingChannel> channels, List<SourceCategory> categories, List<String> guideUrls) {
    }

    static Read read(PlaylistParser parser, Path file, String sourceName, long sourceId, boolean ignoreVod,
                     boolean ignoreSeries, Progress progress, Cancellation cancel) throws IOException {
        List<IncomingChannel> out = new ArrayList<>();
        Map<String, SourceCategory> cats = new LinkedHashMap<>();
        // Many channels share a group: one String per group instead of one per channel.
        Map<String, String> groups = new HashMap<>();
        PlaylistParser.Summary summary = parser.parse(file, sourceName, p -> {
            StreamKind kind = StreamKind.ofUrl(p.url());
            if ((kind == StreamKind.VOD && ignoreVod) || (kind == StreamKind.SERIES && ignoreSeries)) {
                return;
            }
            if ((out.size() & 1023) == 0) {
                cancel.check("refresh");
                progress.update("read", out.size(), -1);
            }
            String group = p.group() == null ? null : groups.computeIfAbsent(p.group(), g -> g);
            String catName = SourceCategory.nameOf(group);
            cats.computeIfAbsent(kind.word() + "\u0000" + catName,
                    k -> new SourceCategory(0, sourceId, kind, null, catName, true));
            List<SourceAttribute> attrs = p.attributes().isEmpty() ? List.of() : new ArrayList<>();
            for (SourceAttribute a : p.attributes()) {
                if (!OWN_COLUMNS.contains(a.key().toLowerCase(Locale.ROOT))) {
                    attrs.add(a);
                }
            }
            String tvgName = p.tvgName() != null && p.tvgName().equals(p.name()) ? p.name() : p.tvgName();
            SourceChannel ch = new SourceChannel(0, sourceId, kind, out.size(), p.name(), group, p.url(), p.urlSuffix(),
                    blankToNull(p.tvgId()), tvgName, blankToNull(p.logo()), null, null, p.duration(), attrs,
                    p.extraLines(), null);
            out.add(new IncomingChannel(ch, p.url()));
        });
        progress.update("read", out.size(), out.size());
        return new Read(out, new ArrayList<>(cats.values()), summary.guideUrls());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
