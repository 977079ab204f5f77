package dev.lineup.output;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uIssue;
import dev.lineup.m3u.M3uReader;
import dev.lineup.model.ChannelKey;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a layout against playlist files without a database (for {@code lineup render}). The
 * playlists are streamed once; only entries the layout refers to are kept, so memory follows the
 * layout's size, not the provider's.
 */
public final class PlaylistResolver {

    /** What was found: channels in layout order (visible only) and the layout channels no playlist had. */
    public record Resolution(List<OutputChannel> channels, List<LayoutChannel> missing, List<M3uIssue> issues) {
    }

    private static final Pattern ORDINAL = Pattern.compile("^(.+)#(\\d{1,6})$");

    private PlaylistResolver() {
    }

    public static Resolution resolve(Layout layout, List<Path> playlists, Progress progress) throws IOException {
        Map<String, LayoutChannel> wanted = new HashMap<>();
        layout.channels().forEach(c -> wanted.put(c.sourceKey(), c));
        // "KEY#n" (as export writes for an entry a playlist lists twice) is the n-th entry answering to KEY:
        // only those KEYs are counted, so memory still follows the layout.
        Map<String, Integer> counted = new HashMap<>();
        wanted.keySet().forEach(k -> {
            Matcher m = ORDINAL.matcher(k);
            if (m.matches()) {
                counted.put(m.group(1), 0);
            }
        });
        Map<String, M3uEntry> found = new HashMap<>();
        List<M3uIssue> issues = new ArrayList<>();
        long seen = 0;
        for (Path p : playlists) {
            try (M3uReader r = M3uReader.open(p)) {
                for (M3uEntry e; (e = r.next()) != null; ) {
                    for (String key : keysOf(e)) {
                        if (wanted.containsKey(key)) {
                            found.putIfAbsent(key, e);
                        }
                        Integer n = counted.computeIfPresent(key, (k, v) -> v + 1);
                        if (n != null && n > 1 && wanted.containsKey(key + "#" + n)) {
                            found.putIfAbsent(key + "#" + n, e);
                        }
                    }
                    if (++seen % 50_000 == 0) {
                        progress.update("reading playlists", seen, -1);
                    }
                }
                issues.addAll(r.issues());
            }
        }
        List<OutputChannel> out = new ArrayList<>();
        List<LayoutChannel> missing = new ArrayList<>();
        for (LayoutGroup g : layout.groups()) {
            for (LayoutChannel c : g.channels()) {
                M3uEntry e = found.get(c.sourceKey());
                if (e == null) {
                    missing.add(c);
                } else if (!g.hidden() && !c.hidden()) {
                    // No named sources here: the channel's own, its group's or the playlist's values apply.
                    out.add(new OutputChannel(g.name(), c.withTiming(layout.timing().effective(g, c, null)), e));
                }
            }
        }
        return new Resolution(out, missing, issues);
    }

    /** The keys a playlist entry answers to, strongest first (see {@link ChannelKey}). */
    public static List<String> keysOf(M3uEntry e) {
        return ChannelKey.keys(null, e.tvgId(), groupOf(e), e.name(), e.url());
    }

    /** The entry's group: {@code group-title}, else {@code #EXTGRP}. */
    public static String groupOf(M3uEntry e) {
        String g = e.groupTitle();
        return g != null && !g.isBlank() ? g : e.group();
    }
}
