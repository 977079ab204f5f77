package dev.lineup.layout.epg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EpgMatchJsonTest {
    @Test
    void jsonHasExactlyTheCliContractShape() throws Exception {
        EpgMatcher matcher = new EpgMatcher(List.of(new GuideCandidate("a", 0, "BBCOne.uk", List.of("BBC One HD"), "en")));
        MatchResult r = matcher.match(List.of(new MatchChannel("1", "UK: BBC One", null, null),
                new MatchChannel("2", "Nothing Like It", null, null)), MatchOptions.defaults());
        StringWriter out = new StringWriter();
        EpgMatchJson.write(r, out);
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(2);
        JsonNode first = root.get(0);
        assertThat(first.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("channel", "candidates");
        assertThat(first.get("channel").asText()).isEqualTo("UK: BBC One");
        JsonNode cand = first.get("candidates").get(0);
        assertThat(cand.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("guideId", "confidence", "reason");
        assertThat(cand.get("guideId").asText()).isEqualTo("BBCOne.uk");
        assertThat(cand.get("confidence").isNumber()).isTrue();
        assertThat(cand.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(cand.get("reason").asText()).contains("BBC One HD");
        assertThat(root.get(1).get("candidates")).isEmpty();
    }
}
