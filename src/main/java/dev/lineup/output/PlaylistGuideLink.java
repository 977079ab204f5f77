package dev.lineup.output;

import dev.lineup.m3u.M3uHeader;
import dev.lineup.m3u.M3uWriter;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.PublishedFile;
import dev.lineup.store.LineupStore;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names the guide's share link in a layout's rendered playlist without rendering the layout again. A cloud
 * folder makes a file's share link only once the file exists, so a first publish there uploads the guide,
 * learns its link, and then has the playlist's {@code #EXTM3U} line name it before the playlist goes up:
 * players get one URL from the first publish on, and the next publish (which renders with the recorded
 * link) writes the very same bytes, so it uploads nothing. Only the header line changes; the rest of the
 * file is copied as bytes, hashed on the way, through {@link StagedOutput} (whole files only, manifest last).
 */
public final class PlaylistGuideLink {
    private static final int EXTM3U = "#EXTM3U".length();
    private static final int MAX_HEADER = 1 << 16;

    private PlaylistGuideLink() {
    }

    /**
     * Rewrites {@code dir}'s playlist of {@code layoutName} so its header names the guide link among
     * {@code shareLinks} (file name to link). Returns the playlist's new manifest entry; empty (nothing
     * written) when no guide link is among them, or {@code dir} does not hold a render of the layout whose
     * playlist names no guide yet.
     */
    public static Optional<Manifest.FileEntry> name(LineupStore store, String layoutName, Path dir,
                                                    Map<String, String> shareLinks) throws IOException {
        Optional<LayoutOptions> options = store.layouts().options(layoutName);
        Optional<Manifest> manifest = Manifest.readFrom(dir);
        if (options.isEmpty() || manifest.isEmpty()) {
            return Optional.empty();
        }
        String base = LayoutOutput.fileName(store, layoutName);
        List<PublishedFile> published = new ArrayList<>();
        shareLinks.forEach((file, link) -> published.add(new PublishedFile(file, 0, true, link)));
        Optional<String> link = PlaylistHeader.guideLink(published, base, options.get());
        String playlist = base + ".m3u";
        Optional<Manifest.FileEntry> old = manifest.get().files().stream()
                .filter(f -> f.name().equals(playlist)).findFirst();
        Path file = dir.resolve(playlist);
        if (link.isEmpty() || old.isEmpty() || Files.size(file) != old.get().size()) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] line = firstLine(in);
            if (line == null) {
                return Optional.empty(); // not a playlist header as the renderer writes one without a guide link
            }
            // The renderer puts the guide link first (PlaylistHeader#forPlayers): the provider's attributes follow.
            byte[] named = headerLine(PlaylistHeader.forPlayers(M3uHeader.EMPTY, link.get()));
            Optional<String> inputs = RenderInputs.of(store, layoutName, Instant.now(), link.get());
            RenderedFrom.forget(dir);
            Manifest next;
            try (StagedOutput out = new StagedOutput(dir)) {
                try (OutputStream o = out.create(playlist)) {
                    o.write(named, 0, named.length - 1); // without its line end: the old line's rest follows
                    o.write(line, EXTM3U, line.length - EXTM3U);
                    in.transferTo(o);
                }
                List<Manifest.FileEntry> files = new ArrayList<>();
                for (Manifest.FileEntry f : manifest.get().files()) {
                    files.add(f.name().equals(playlist)
                            ? new Manifest.FileEntry(playlist, out.size(playlist), out.sha256(playlist),
                                    out.blockSha256(playlist))
                            : f);
                }
                Manifest m = manifest.get();
                next = new Manifest(m.schema(), m.layout(), m.generation(), m.createdAt(), m.instance(), files);
                try (OutputStream o = out.create(Manifest.FILE_NAME)) {
                    o.write(next.toJson());
                }
                out.commit();
            }
            if (inputs.isPresent()) {
                RenderedFrom.remember(dir, inputs.get(), next);
            }
            return next.files().stream().filter(f -> f.name().equals(playlist)).findFirst();
        }
    }

    /**
     * The {@code #EXTM3U} line with its line end, when it names no guide yet (else, or when there is no such
     * line within a sane length, null).
     */
    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && line.size() < MAX_HEADER; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                String text = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                boolean header = text.startsWith("#extm3u ") || text.equals("#extm3u\n");
                return header && !text.contains(" url-tvg=") && !text.contains(" x-tvg-url=") ? bytes : null;
            }
        }
        return null;
    }

    private static byte[] headerLine(M3uHeader header) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        M3uWriter w = new M3uWriter(bytes);
        w.writeHeader(header);
        w.flush();
        return bytes.toByteArray();
    }
}
