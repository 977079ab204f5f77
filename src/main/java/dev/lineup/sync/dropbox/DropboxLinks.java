package dev.lineup.sync.dropbox;

/**
 * Turns a Dropbox shared link (a preview page) into one a player downloads directly: {@code dl=0}
 * becomes {@code dl=1}, and a link without it gets {@code dl=1}; other parameters such as
 * {@code rlkey} must stay, the new {@code /scl/} links do not work without them.
 */
public final class DropboxLinks {
    private DropboxLinks() {
    }

    public static String directDownload(String sharedLink) {
        int q = sharedLink.indexOf('?');
        if (q < 0) {
            return sharedLink + "?dl=1";
        }
        String base = sharedLink.substring(0, q);
        String[] params = sharedLink.substring(q + 1).split("&");
        StringBuilder out = new StringBuilder(base).append('?');
        boolean hasDl = false;
        for (String p : params) {
            if (p.isEmpty() || p.startsWith("raw=")) {
                continue;
            }
            if (p.startsWith("dl=")) {
                p = "dl=1";
                hasDl = true;
            }
            out.append(p).append('&');
        }
        if (!hasDl) {
            out.append("dl=1&");
        }
        return out.substring(0, out.length() - 1);
    }
}
