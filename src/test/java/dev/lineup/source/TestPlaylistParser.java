package dev.lineup.source;

import dev.lineup.model.SourceAttribute;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A deliberately small M3U reader for tests of this package only, standing in for the
 * {@code dev.lineup.m3u} adapter until that package is merged. Handles what the corpus and the
 * generated playlists use: attributes, commas in quoted values, #EXTGRP, tag lines, {@code |} suffixes, gzip.
 */
public final class TestPlaylistParser implements PlaylistParser {
    private static final Pattern ATTR = Pattern.compile("([A-Za-z0-9_-]+)=\"([^\"]*)\"");

    @Override
    public Summary parse(Path file, String sourceName, Consumer<ParsedChannel> sink) throws IOException {
        List<String> guides = new ArrayList<>();
        try (PushbackInputStream raw = new PushbackInputStream(Files.newInputStream(file), 2);
             BufferedReader r = new BufferedReader(new InputStreamReader(gunzip(raw), StandardCharsets.UTF_8))) {
            String info = null;
            int infoLine = 0;
            String group = null;
            List<String> extra = new ArrayList<>();
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String t = line.strip();
                if (t.startsWith("#EXTM3U")) {
                    Matcher m = ATTR.matcher(t);
                    while (m.find()) {
                        if (m.group(1).equalsIgnoreCase("x-tvg-url") || m.group(1).equalsIgnoreCase("url-tvg")) {
                            guides.add(m.group(2));
                        }
                    }
                } else if (t.startsWith("#EXTINF:")) {
                    info = t;
                    infoLine = n;
                } else if (t.startsWith("#EXTGRP:")) {
                    group = t.substring(8).strip();
                } else if (t.startsWith("#EXT") || t.startsWith("#KODIPROP")) {
                    extra.add(t);
                } else if (!t.isEmpty() && !t.startsWith("#") && info != null) {
                    sink.accept(entry(infoLine, info, group, extra, t));
                    info = null;
                    group = null;
                    extra = new ArrayList<>();
                }
            }
        }
        return new Summary(guides, 0);
    }

    private static ParsedChannel entry(int line, String info, String extGroup, List<String> extra, String url) {
        String body = info.substring("#EXTINF:".length());
        boolean quoted = false;
        int comma = -1;
        for (int i = 0; i < body.length() && comma < 0; i++) {
            char c = body.charAt(i);
            quoted ^= c == '"';
            comma = !quoted && c == ',' ? i : -1;
        }
        String head = comma < 0 ? body : body.substring(0, comma);
        String name = comma < 0 ? "" : body.substring(comma + 1).strip();
        List<SourceAttribute> attrs = new ArrayList<>();
        Matcher m = ATTR.matcher(head);
        while (m.find()) {
            attrs.add(new SourceAttribute(m.group(1), m.group(2)));
        }
        String duration = head.strip().split("\\s+", 2)[0];
        int bar = url.indexOf('|');
        String group = attr(attrs, "group-title") != null ? attr(attrs, "group-title") : extGroup;
        return new ParsedChannel(line, name, group, bar < 0 ? url : url.substring(0, bar), bar < 0 ? null
                : url.substring(bar + 1), attr(attrs, "tvg-id"), attr(attrs, "tvg-name"), attr(attrs, "tvg-logo"),
                duration, attrs, extra);
    }

    private static String attr(List<SourceAttribute> attrs, String key) {
        return attrs.stream().filter(a -> a.key().equalsIgnoreCase(key)).map(SourceAttribute::value).findFirst()
                .orElse(null);
    }

    private static InputStream gunzip(PushbackInputStream in) throws IOException {
        byte[] magic = new byte[2];
        int n = in.read(magic);
        if (n > 0) {
            in.unread(magic, 0, n);
        }
        return n == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b ? new GZIPInputStream(in) : in;
    }
}
