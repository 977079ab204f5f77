package dev.lineup.store;

import dev.lineup.model.ChannelKey;
import dev.lineup.model.SourceChannel;
import java.util.Locale;

/**
 * The four identity keys of a source channel as stored in {@code source_channels.key_*}, in the
 * {@link ChannelKey} format: {@code xtream:ID}, {@code tvg:ID@group}, {@code name:NAME@group},
 * {@code url:host/path}. Any may be null. {@code tvgOnly} (tvg-id without group) is not stored; the
 * matcher uses it to follow a channel that moved group <em>and</em> was renamed.
 */
public record StoredKeys(String stream, String tvg, String name, String url) {

    /** Keys of {@code ch}; {@code keyUrl} is the URL to key on (for Xtream, the URL with credentials). */
    public static StoredKeys of(SourceChannel ch, String keyUrl) {
        String g = normalizeName(ch.group());
        String stream = blank(ch.streamId()) ? null : "xtream:" + ch.streamId().trim();
        String tvg = blank(ch.tvgId()) ? null : "tvg:" + ch.tvgId().trim().toLowerCase(Locale.ROOT) + "@" + g;
        String n = normalizeName(ch.name());
        String u = ChannelKey.normalizeUrl(keyUrl);
        return new StoredKeys(stream, tvg, n.isEmpty() ? null : "name:" + n + "@" + g, u.isEmpty() ? null : "url:" + u);
    }

    /**
     * {@link ChannelKey#normalizeName} with a fast path for plain ASCII (most provider names): Unicode
     * decomposition is the identity there, so lower-casing letters and digits and collapsing every other
     * run into one space gives the same result several times faster. Refresh computes this 400k times.
     */
    public static String normalizeName(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return ChannelKey.normalizeName(s);
            }
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (alnum) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                gap = false;
                sb.append(c <= 'Z' && c >= 'A' ? (char) (c + 32) : c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** {@code tvg:ID} without the group, or null. */
    public static String tvgOnly(String tvgId) {
        return blank(tvgId) ? null : "tvg:" + tvgId.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code key} (any {@link ChannelKey} key) is one of these. */
    public boolean contains(String key) {
        return key.equals(stream) || key.equals(tvg) || key.equals(name) || key.equals(url);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
