package dev.lineup.m3u;

import java.util.Objects;

/**
 * One {@code key="value"} pair of an {@code #EXTINF} or {@code #EXTM3U} line, exactly as written (the key keeps
 * its case: players disagree on case, so we never rewrite what the provider sent).
 */
public record M3uAttribute(String key, String value) {
    public M3uAttribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    /** First value whose key equals {@code key} ignoring case, or null. */
    static String find(java.util.List<M3uAttribute> attributes, String key) {
        for (int i = 0, n = attributes.size(); i < n; i++) {
            M3uAttribute a = attributes.get(i);
            if (a.key.equalsIgnoreCase(key)) {
                return a.value;
            }
        }
        return null;
    }
}
