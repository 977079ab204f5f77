package dev.lineup.xmltv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The child order the XMLTV DTD prescribes for {@code <programme>}. Real guides put {@code <desc>} before
 * {@code <title>} and the like; we put children back in this order (stably) so the output validates.
 * Elements the DTD does not know rank {@link #UNKNOWN}; the writer leaves them out.
 */
final class DtdOrder {
    private static final Map<String, Integer> PROGRAMME = ranks(List.of("title", "sub-title", "desc", "credits",
            "date", "category", "keyword", "language", "orig-language", "length", "icon", "url", "country",
            "episode-num", "video", "audio", "previously-shown", "premiere", "last-chance", "new", "subtitles",
            "rating", "star-rating", "review", "image"));
    static final int UNKNOWN = PROGRAMME.size();

    private DtdOrder() {
    }

    static int programmeRank(String element) {
        Integer r = PROGRAMME.get(element);
        return r == null ? UNKNOWN : r;
    }

    private static Map<String, Integer> ranks(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), i);
        }
        return Map.copyOf(m);
    }
}
