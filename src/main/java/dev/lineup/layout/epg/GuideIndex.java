package dev.lineup.layout.epg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every guide channel of every source, indexed by exact keys (id, normalized name, loose name, id
 * shape) and by word prefix for similar-name look-ups, so matching never scans the whole guide.
 * Immutable after construction; safe to share between threads.
 */
final class GuideIndex {
    /** One display-name of one guide channel, or one variant of it ({@code note} says which, else null). */
    record NameEntry(int guide, String displayName, NormalizedName name, String note) {
    }

    private final List<GuideCandidate> guides;
    private final List<GuideIds.ParsedId> ids = new ArrayList<>();
    private final List<Set<String>> countries = new ArrayList<>();
    private final List<NameEntry> names = new ArrayList<>();
    private final Map<String, List<Integer>> byId = new HashMap<>();
    private final Map<String, List<Integer>> byIdBase = new HashMap<>();
    private final Map<String, List<Integer>> byIdShape = new HashMap<>();
    private final Map<String, List<Integer>> byCompact = new HashMap<>();
    private final Map<String, List<Integer>> byLoose = new HashMap<>();
    private final Map<String, List<Integer>> bySpelling = new HashMap<>();
    private final Map<String, List<Integer>> byInitials = new HashMap<>();
    private final Map<String, int[]> byPrefix;
    private final Map<String, Integer> tokenDf = new HashMap<>();
    private final Set<Integer> similarOnly = new HashSet<>();

    GuideIndex(List<GuideCandidate> guide, NameNormalizer normalizer) {
        this.guides = List.copyOf(guide);
        Map<String, List<Integer>> prefixes = new HashMap<>();
        for (int g = 0; g < guides.size(); g++) {
            GuideCandidate c = guides.get(g);
            GuideIds.ParsedId pid = GuideIds.parse(c.id(), normalizer);
            ids.add(pid);
            Set<String> cs = new HashSet<>();
            if (pid.country() != null) {
                cs.add(pid.country());
            }
            add(byId, c.id().toLowerCase(Locale.ROOT), g);
            add(byIdBase, pid.lowerKey(), g);
            if (!pid.name().isEmpty()) {
                add(byIdShape, pid.name().compact(), g);
            }
            Set<String> seen = new HashSet<>();
            for (String dn : c.displayNames()) {
                addName(g, dn, normalizer.normalize(dn), null, seen, cs, prefixes);
                for (NameVariants.Variant v : NameVariants.ofGuideName(dn, pid.country())) {
                    addName(g, dn, normalizer.normalize(v.text()), v.note(), seen, cs, prefixes);
                }
            }
            // The id's own words ("SonyEntertainmentTelevision.in") take part in the similar-name search only:
            // exact id shapes have their own, weaker evidence.
            if (!pid.name().isEmpty() && !seen.contains(pid.name().compact() + "+" + pid.name().shiftHours())) {
                addName(g, c.id(), pid.name(), "the guide id read as a name", seen, cs, prefixes);
            }
            if (cs.isEmpty() && c.defaultCountry() != null) {
                cs.add(c.defaultCountry());
            }
            countries.add(Set.copyOf(cs));
        }
        byPrefix = new HashMap<>(prefixes.size() * 2);
        prefixes.forEach((k, v) -> byPrefix.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void addName(int g, String dn, NormalizedName n, String note, Set<String> seen, Set<String> cs,
                 Map<String, List<Integer>> prefixes) {
        if (n.isEmpty() || !seen.add(n.compact() + "+" + n.shiftHours())) {
            return;
        }
        if (n.country() != null && note == null) {
            cs.add(n.country());
        }
        int e = names.size();
        names.add(new NameEntry(g, dn, n, note));
        if (dn.equals(guides.get(g).id())) {
            similarOnly.add(e);
        } else {
            add(byCompact, n.compact(), e);
            if (n.full() != null) {
                add(byCompact, n.full(), e);
            }
            if (n.loose() != null) {
                add(byLoose, n.loose(), e);
            }
            // Most names are their own spelling key: those are found through byCompact (see bySpelling).
            String spelling = Spellings.key(n.tokens());
            if (!spelling.equals(n.compact())) {
                add(bySpelling, spelling, e);
            }
            add(byInitials, initials(n.tokens()), e);
        }
        for (String tok : new HashSet<>(n.tokens())) {
            tokenDf.merge(tok, 1, Integer::sum);
            add(prefixes, prefixKey(tok), e);
            add(prefixes, Spellings.soundKey(tok), e);
        }
    }

    /**
     * The first letters of a name of three or more words ("Настоящее Страшное Телевидение" → "нст",
     * "Sony Entertainment Television" → "set"), or null: the short form channels are often known by.
     */
    static String initials(List<String> tokens) {
        if (tokens.size() < 3 || tokens.size() > 6) {
            return null;
        }
        StringBuilder sb = new StringBuilder(tokens.size());
        for (String t : tokens) {
            if (!Character.isLetter(t.charAt(0))) {
                return null;
            }
            sb.appendCodePoint(t.codePointAt(0));
        }
        return sb.toString();
    }

    static String prefixKey(String token) {
        return token.length() <= 3 ? token : token.substring(0, 3);
    }

    private static void add(Map<String, List<Integer>> map, String key, int value) {
        if (key != null && !key.isEmpty()) {
            List<Integer> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (list.isEmpty() || list.get(list.size() - 1).intValue() != value) {
                list.add(value);
            }
        }
    }

    int size() {
        return guides.size();
    }

    GuideCandidate guide(int g) {
        return guides.get(g);
    }

    GuideIds.ParsedId parsedId(int g) {
        return ids.get(g);
    }

    /** Countries the guide channel's id suffix and display-names point at. */
    Set<String> countries(int g) {
        return countries.get(g);
    }

    NameEntry name(int e) {
        return names.get(e);
    }

    int nameCount() {
        return names.size();
    }

    List<Integer> byId(String lowerId) {
        return byId.getOrDefault(lowerId, List.of());
    }

    List<Integer> byIdBase(String lowerKey) {
        return byIdBase.getOrDefault(lowerKey, List.of());
    }

    List<Integer> byIdShape(String compact) {
        return byIdShape.getOrDefault(compact, List.of());
    }

    List<Integer> byCompact(String compact) {
        return byCompact.getOrDefault(compact, List.of());
    }

    List<Integer> byLoose(String loose) {
        return loose == null ? List.of() : byLoose.getOrDefault(loose, List.of());
    }

    /** Display-names whose words have this spelling key ({@link Spellings#key(List)}), their own or folded. */
    List<Integer> bySpelling(String key) {
        List<Integer> folded = bySpelling.getOrDefault(key, List.of());
        List<Integer> own = byCompact.getOrDefault(key, List.of());
        if (own.isEmpty()) {
            return folded;
        }
        List<Integer> all = new ArrayList<>(folded);
        own.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return all;
    }

    /** Display-names of three or more words whose initials are this key ({@link #initials}). */
    List<Integer> byInitials(String key) {
        return key == null ? List.of() : byInitials.getOrDefault(key, List.of());
    }

    int[] byPrefix(String key) {
        return byPrefix.getOrDefault(key, new int[0]);
    }

    /** Inverse document frequency of a word over all display-names: rare words identify. */
    double weight(String token) {
        int df = tokenDf.getOrDefault(token, 0);
        return Math.log((names.size() + 1.0) / (df + 1.0)) + 1.0;
    }
}
