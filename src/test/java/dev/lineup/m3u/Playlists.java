package dev.lineup.m3u;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a whole playlist read into memory (tests only; production code streams). */
record Playlists(M3uHeader header, List<M3uEntry> entries, List<M3uIssue> issues) {

    static Playlists read(Path file) throws IOException {
        try (M3uReader r = M3uReader.open(file)) {
            return drain(r);
        }
    }

    static Playlists read(String text) throws IOException {
        try (M3uReader r = new M3uReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.m3u")) {
            return drain(r);
        }
    }

    static Playlists drain(M3uReader r) throws IOException {
        M3uHeader h = r.header();
        List<M3uEntry> entries = new ArrayList<>();
        for (M3uEntry e = r.next(); e != null; e = r.next()) {
            entries.add(e);
        }
        return new Playlists(h, entries, r.issues());
    }

    /** Entries without their line numbers, which legitimately change when a playlist is rewritten. */
    static List<M3uEntry> withoutLines(List<M3uEntry> entries) {
        return entries.stream().map(e -> new M3uEntry(0, e.duration(), e.attributes(), e.name(), e.group(),
                e.extraLines(), e.url(), e.urlSuffix())).toList();
    }

    M3uEntry entry(int i) {
        return entries.get(i);
    }

    static M3uAttribute a(String key, String value) {
        return new M3uAttribute(key, value);
    }
}
