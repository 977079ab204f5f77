package dev.lineup.source;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uHeader;
import dev.lineup.m3u.M3uReader;
import dev.lineup.model.SourceAttribute;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The {@link PlaylistParser} over {@code dev.lineup.m3u.M3uReader}. Gzip playlists (some providers
 * serve {@code .m3u.gz} without a Content-Encoding header) are recognised by their magic bytes.
 * The group is {@code group-title}, else {@code #EXTGRP}.
 */
public final class M3uPlaylistParser implements PlaylistParser {

    @Override
    public Summary parse(Path file, String sourceName, Consumer<ParsedChannel> sink) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        try (M3uReader r = new M3uReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, sourceName)) {
            M3uHeader header = r.header();
            for (M3uEntry e; (e = r.next()) != null; ) {
                List<SourceAttribute> attrs = new ArrayList<>(e.attributes().size());
                for (M3uAttribute a : e.attributes()) {
                    attrs.add(new SourceAttribute(a.key(), a.value()));
                }
                String group = e.groupTitle() != null && !e.groupTitle().isBlank() ? e.groupTitle() : e.group();
                sink.accept(new ParsedChannel(e.line(), e.name(), group, e.url(), e.urlSuffix(), e.tvgId(), e.tvgName(),
                        e.tvgLogo(), e.duration(), attrs, e.extraLines()));
            }
            List<SourceAttribute> defaults = new ArrayList<>();
            for (M3uAttribute a : header.attributes()) {
                if (Summary.DEFAULT_KEYS.contains(a.key().toLowerCase(java.util.Locale.ROOT))) {
                    defaults.add(new SourceAttribute(a.key(), a.value()));
                }
            }
            // the reader's own wording, as `lineup render` reports it, without the source name the report already shows
            return new Summary(header.guideUrls(), r.issues().stream().map(i -> "line " + i.line() + ": " + i.message())
                    .toList(), defaults);
        }
    }
}
