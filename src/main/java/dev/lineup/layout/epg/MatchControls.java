package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the user decides about matching, beyond the threshold: which guide sources are searched and in
 * what priority (for all layouts, one layout, or one group of it), and words or prefixes to ignore in
 * channel names ("VIP", "24/7", "PRIME:"). Immutable.
 *
 * @param sources     guide source names in priority order, by scope: "" for every layout, "LAYOUT" for
 *                    one layout, "LAYOUT/GROUP" for one group; the narrowest scope that has a list wins,
 *                    and a channel is matched only against the sources on its list (all when none)
 * @param ignoreWords words and prefixes removed from channel names before matching, compared ignoring case
 */
public record MatchControls(Map<String, List<String>> sources, List<String> ignoreWords) {
    public static final MatchControls NONE = new MatchControls(Map.of(), List.of());

    public MatchControls {
        sources = Map.copyOf(sources);
        ignoreWords = ignoreWords.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** The guide sources a channel of {@code group} in {@code layout} is matched against, best first; empty = all. */
    public List<String> sourcesFor(String layout, String group) {
        for (String scope : new String[] {layout + "/" + group, layout, ""}) {
            List<String> list = sources.get(scope);
            if (list != null && !list.isEmpty()) {
                return list;
            }
        }
        return List.of();
    }

    /** The name without the words and prefixes to ignore; the name itself when nothing is left. */
    public String clean(String name) {
        if (ignoreWords.isEmpty() || name == null) {
            return name;
        }
        String out = name;
        String lower = out.toLowerCase(Locale.ROOT);
        for (String w : ignoreWords) {
            String lw = w.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(lw);
            while (at >= 0) {
                // A word counts only where it stands alone (or is a prefix ending in punctuation, like "PRIME:").
                boolean startOk = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1));
                int end = at + lw.length();
                boolean endOk = end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                        || !Character.isLetterOrDigit(lw.charAt(lw.length() - 1));
                if (startOk && endOk) {
                    out = out.substring(0, at) + " " + out.substring(end);
                    lower = out.toLowerCase(Locale.ROOT);
                    at = lower.indexOf(lw, at);
                } else {
                    at = lower.indexOf(lw, at + 1);
                }
            }
        }
        out = out.replaceAll("\\s+", " ").strip();
        return out.codePoints().anyMatch(Character::isLetterOrDigit) ? out : name;
    }

    /** Parses a comma-separated list ("A, B ,C") into its non-blank items. */
    public static List<String> list(String commaSeparated) {
        List<String> out = new ArrayList<>();
        if (commaSeparated != null) {
            for (String s : commaSeparated.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }
}
