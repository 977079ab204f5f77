package dev.lineup.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.layout.Rule.Actions;
import dev.lineup.layout.Rule.Match;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesJsonTest {

    @Test
    void rulesSurviveARoundTrip() throws Exception {
        List<Rule> rules = List.of(
                Rule.of("US sports", new Match("Provider A", "Sports", "^US\\|", true, null),
                        new Actions("US Sports", false, "^US\\|\\s*", "", 100, 199, -5.0)),
                new Rule("adult", false, new Match(null, "XXX", null, false, null), new Actions(null, true, null, null, null, null, null)));
        StringWriter w = new StringWriter();
        RulesJson.write(rules, w);
        assertThat(w.toString()).contains("\"schema\" : 1").doesNotContain("null");
        assertThat(RulesJson.read(new StringReader(w.toString()), "rules.json")).isEqualTo(rules);
    }

    @Test
    void aTypoedFieldIsAnErrorWithFileAndLine() {
        String json = "{\"schema\":1,\n\"rules\":[{\"name\":\"x\",\n\"actions\":{\"grup\":\"News\"}}]}";
        assertThatThrownBy(() -> RulesJson.read(new StringReader(json), "rules.json"))
                .isInstanceOf(RulesJson.RulesFormatException.class)
                .hasMessageStartingWith("rules.json:3:").hasMessageContaining("grup");
    }

    @Test
    void aBadRegexInTheFileNamesTheRule() {
        String json = "{\"schema\":1,\"rules\":[\n{\"name\":\"broken\",\"match\":{\"name\":\"([\"}}]}";
        assertThatThrownBy(() -> RulesJson.read(new StringReader(json), "r.json"))
                .isInstanceOf(RulesJson.RulesFormatException.class)
                .hasMessageStartingWith("r.json:2:").hasMessageContaining("rule 'broken'");
    }

    @Test
    void anUnknownSchemaIsRefused() {
        assertThatThrownBy(() -> RulesJson.read(new StringReader("{\"schema\":2,\"rules\":[]}"), "r.json"))
                .hasMessageContaining("expected \"schema\": 1, found 2");
    }
}
