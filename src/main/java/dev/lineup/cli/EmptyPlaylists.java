package dev.lineup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Why playlists gave no channel, in words a user can act on: an empty file, a UTF-16 file, an HLS
 * stream manifest (one channel's video renditions, not a list of channels), or simply no entries.
 */
final class EmptyPlaylists {
    private static final int SNIFF = 64 * 1024;

    private EmptyPlaylists() {
    }

    /** {@code shown} are the names the user gave, {@code files} the local files read, in the same order. */
    static String why(List<String> shown, List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(shown.get(i)).append(' ').append(reason(files.get(i)));
        }
        return b.toString();
    }

    private static String reason(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            return "could not be read again (" + e.getMessage() + ")";
        }
        if (head.length == 0) {
            return "is empty (0 bytes)";
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || head[0] == 0 || head[1] == 0)) {
            return "is UTF-16 text; save it as UTF-8 and try again";
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("#EXT-X-STREAM-INF") || text.contains("#EXT-X-TARGETDURATION")
                || text.contains("#EXT-X-MEDIA-SEQUENCE")) {
            return "is an HLS stream manifest (the video of one channel), not a playlist of channels";
        }
        return text.contains("#EXTINF") ? "has no entry that could be read" : "lists no channels (no #EXTINF entry)";
    }
}
