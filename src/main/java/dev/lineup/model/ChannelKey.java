package dev.lineup.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable keys for a provider channel, strongest first: Xtream {@code stream_id}; {@code tvg-id} plus
 * group; normalized name plus group; normalized URL (credentials, tokens and query stripped). A layout
 * channel stores the strongest key its channel had; a refreshed or re-read playlist is matched against
 * every key in this order, so a rename, a token rotation or a group move alone does not lose it.
 */
public final class ChannelKey {
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Xtream stream paths: /live/USER/PASS/ID.ext, /movie/USER/PASS/ID.ext, /series/..., /USER/PASS/ID. */
    private static final Pattern XTREAM_PATH =
            Pattern.compile("^(/(?:live|movie|series|timeshift))?/[^/]+/[^/]+/(\\d+)(\\.[A-Za-z0-9]+)?$");

    private ChannelKey() {
    }

    /** Keys of one provider channel, strongest first; blank inputs are skipped. */
    public static List<String> keys(String xtreamStreamId, String tvgId, String group, String name, String url) {
        List<String> keys = new ArrayList<>(4);
        String g = normalizeName(group);
        if (!isBlank(xtreamStreamId)) {
            keys.add("xtream:" + xtreamStreamId.trim());
        }
        if (!isBlank(tvgId)) {
            keys.add("tvg:" + tvgId.trim().toLowerCase(Locale.ROOT) + "@" + g);
        }
        String n = normalizeName(name);
        if (!n.isEmpty()) {
            keys.add("name:" + n + "@" + g);
        }
        String u = normalizeUrl(url);
        if (!u.isEmpty()) {
            keys.add("url:" + u);
        }
        return keys;
    }

    /** Lower case, accents and punctuation removed, single spaces: "Canal+ Sport HD" → "canal sport hd". */
    public static String normalizeName(String s) {
        if (s == null) {
            return "";
        }
        String d = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NON_ALNUM.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Host and path only: no scheme, user info, query, fragment or {@code |} header suffix, and the
     * user/password segments of Xtream paths removed, so a rotated token or password keeps the key.
     */
    public static String normalizeUrl(String url) {
        if (isBlank(url)) {
            return "";
        }
        String u = url.trim();
        int bar = u.indexOf('|');
        if (bar >= 0) {
            u = u.substring(0, bar);
        }
        int cut = indexOfAny(u, '?', '#');
        if (cut >= 0) {
            u = u.substring(0, cut);
        }
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        }
        int slash = u.indexOf('/');
        String host = slash >= 0 ? u.substring(0, slash) : u;
        String path = slash >= 0 ? u.substring(slash) : "";
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        var m = XTREAM_PATH.matcher(path);
        if (m.matches()) {
            path = (m.group(1) == null ? "" : m.group(1)) + "/" + m.group(2);
        }
        return (host.toLowerCase(Locale.ROOT) + path);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
