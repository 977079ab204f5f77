package dev.lineup.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Stream URLs of an Xtream Codes server: {@code SERVER/live/USER/PASS/ID.EXT} and the like. */
public final class XtreamUrls {
    private XtreamUrls() {
    }

    /** The server base without trailing slash, e.g. {@code http://host:8080}. */
    public static String base(String server) {
        String s = server.trim();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("/player_api.php")) {
            s = s.substring(0, s.length() - "/player_api.php".length());
        }
        return s;
    }

    /** The playable URL of one stream; {@code streamId} is the bare numeric id. */
    public static String stream(String server, String user, String password, StreamKind kind, String streamId,
                                String extension) {
        String path = kind == StreamKind.VOD ? "movie" : kind == StreamKind.SERIES ? "series" : "live";
        String ext = extension == null || extension.isBlank() ? "" : "." + extension;
        return base(server) + "/" + path + "/" + seg(user) + "/" + seg(password) + "/" + streamId + ext;
    }

    private static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
