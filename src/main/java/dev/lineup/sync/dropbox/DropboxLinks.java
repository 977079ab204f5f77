package dev.lineup.sync.dropbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Dropbox shared link (a preview page) into one that gives a player the file's bytes. On
 * dropbox.com that is the content host itself, {@code dl.dropboxusercontent.com} with the same path: no
 * redirect and no HTML download page, which {@code ?dl=1} sometimes gave players instead of the file
 * (kodi-pvr/pvr.iptvsimple#920). Elsewhere (a local fake) {@code raw=1}. Other parameters such as
 * {@code rlkey} must stay: the {@code /scl/} links do not work without them.
 */
public final class DropboxLinks {
    private static final String CONTENT_HOST = "https://dl.dropboxusercontent.com";

    private DropboxLinks() {
    }

    public static String directDownload(String sharedLink) {
        int q = sharedLink.indexOf('?');
        String base = q < 0 ? sharedLink : sharedLink.substring(0, q);
        List<String> kept = new ArrayList<>();
        if (q >= 0) {
            for (String p : sharedLink.substring(q + 1).split("&")) {
                if (!p.isEmpty() && !p.startsWith("dl=") && !p.startsWith("raw=")) {
                    kept.add(p);
                }
            }
        }
        String onDropbox = stripPrefix(base, "https://www.dropbox.com/");
        if (onDropbox == null) {
            onDropbox = stripPrefix(base, "https://dropbox.com/");
        }
        if (onDropbox != null) {
            return CONTENT_HOST + "/" + onDropbox + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        }
        kept.add("raw=1");
        return base + "?" + String.join("&", kept);
    }

    private static String stripPrefix(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length()) ? s.substring(prefix.length()) : null;
    }
}
