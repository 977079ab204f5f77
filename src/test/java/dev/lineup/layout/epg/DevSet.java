package dev.lineup.layout.epg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lineup.m3u.M3uEntry;
import dev.lineup.m3u.M3uReader;
import dev.lineup.xmltv.GuideChannel;
import dev.lineup.xmltv.XmltvChannels;

/**
 * The labelled guide-matching development set ({@code shared/matching-dev} beside the project
 * checkout, found like {@link dev.lineup.testing.Corpus}): the provider playlist, the guide, the truth
 * and its alternates, and per-entry details. The matcher sees only what {@code lineup epg match}
 * sees (name, group-title, guide channels); kind and country are for the breakdowns and the split.
 *
 * @param channels  the playlist entries as layout channels (id = position)
 * @param guide     the guide's channels, one source
 * @param truth     name → right guide id, or null when the guide has no right channel
 * @param alternates name → other ids that are just as right
 * @param kind      name → kind (match, match-namesake, plus1, no-match, no-match-namesake)
 * @param country   name → the entry's country code (IN, HU, …)
 */
record DevSet(List<MatchChannel> channels, List<GuideCandidate> guide, Map<String, String> truth,
              Map<String, Set<String>> alternates, Map<String, String> kind, Map<String, String> country) {

    /**
     * The split by country, fixed before any tuning: countries in descending order of entries, taken
     * alternately. Rules are developed looking at failures of the tuning half only.
     */
    static final Set<String> TUNING = Set.of("IN", "CZ", "JP", "AT", "SI", "SK");
    static final Set<String> CHECKING = Set.of("HU", "RU", "CH", "SG", "BE", "NZ");

    static Path root() {
        String prop = System.getProperty("lineup.matchingdev");
        for (Path p : Stream.of(prop, "../shared/matching-dev", "/work/shared/matching-dev")
                .filter(s -> s != null && !s.isBlank()).map(Path::of).toList()) {
            if (Files.isRegularFile(p.resolve("truth.json"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("matching-dev set not found: set -Dlineup.matchingdev or clone beside ../shared");
    }

    static DevSet load() {
        return load(root());
    }

    static DevSet load(Path dir) {
        try {
            List<MatchChannel> channels = new ArrayList<>();
            try (M3uReader r = M3uReader.open(dir.resolve("playlist.m3u"))) {
                r.header();
                for (M3uEntry e = r.next(); e != null; e = r.next()) {
                    channels.add(new MatchChannel(Integer.toString(channels.size()), e.name(), e.tvgId(), e.groupTitle()));
                }
            }
            List<GuideCandidate> guide = new ArrayList<>();
            for (GuideChannel g : XmltvChannels.read(dir.resolve("guide.xml"))) {
                guide.add(new GuideCandidate("matching-dev", 0, g.id(), g.displayNames(), null));
            }
            ObjectMapper json = new ObjectMapper();
            Map<String, String> truth = new LinkedHashMap<>();
            json.readTree(dir.resolve("truth.json").toFile()).fields()
                    .forEachRemaining(f -> truth.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
            Map<String, Set<String>> alternates = new HashMap<>();
            json.readTree(dir.resolve("truth_alternates.json").toFile()).fields().forEachRemaining(f -> {
                List<String> ids = new ArrayList<>();
                f.getValue().forEach(v -> ids.add(v.asText()));
                alternates.put(f.getKey(), Set.copyOf(ids));
            });
            Map<String, String> kind = new HashMap<>();
            Map<String, String> country = new HashMap<>();
            for (JsonNode d : json.readTree(dir.resolve("details.json").toFile())) {
                kind.put(d.get("name").asText(), d.get("kind").asText());
                country.put(d.get("name").asText(), d.get("country").asText());
            }
            return new DevSet(channels, guide, truth, alternates, kind, country);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the matching-dev set in " + dir, e);
        }
    }

    /** Whether {@code guideId} is right for the entry {@code name} (the truth or an alternate). */
    boolean right(String name, String guideId) {
        String t = truth.get(name);
        return t != null && (t.equals(guideId) || alternates.getOrDefault(name, Set.of()).contains(guideId));
    }
}
