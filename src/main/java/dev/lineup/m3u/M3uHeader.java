package dev.lineup.m3u;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes of the {@code #EXTM3U} line ({@code url-tvg}, {@code x-tvg-url}, {@code tvg-shift}, catchup
 * defaults, …) in file order. A playlist without an {@code #EXTM3U} line has an empty header.
 */
public record M3uHeader(List<M3uAttribute> attributes) {
    public static final M3uHeader EMPTY = new M3uHeader(List.of());

    public M3uHeader {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** First value of {@code key} (case-insensitive), or null. */
    public String attr(String key) {
        return M3uAttribute.find(attributes, key);
    }

    /**
     * Guide (XMLTV) URLs announced by the playlist: every {@code url-tvg} and {@code x-tvg-url} value, split on
     * commas (providers list several guides in one value), trimmed, without duplicates, in file order.
     */
    public List<String> guideUrls() {
        Set<String> urls = new LinkedHashSet<>();
        for (M3uAttribute a : attributes) {
            if (a.key().equalsIgnoreCase("url-tvg") || a.key().equalsIgnoreCase("x-tvg-url")) {
                for (String part : a.value().split(",")) {
                    String url = part.trim();
                    if (!url.isEmpty()) {
                        urls.add(url);
                    }
                }
            }
        }
        return List.copyOf(new ArrayList<>(urls));
    }
}
