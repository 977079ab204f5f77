package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.SourceAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribute column is written and read without data binding (a refresh writes it for every channel,
 * an output reads it for every channel): the text stays what data binding wrote, so rows stored by earlier
 * versions and new ones read the same, and every value comes back exactly.
 */
class JsonColumnsTest {
    private static final List<SourceAttribute> AWKWARD = List.of(
            new SourceAttribute("tvg-rec", "7"),
            new SourceAttribute("x-quote", "say \"hi\" \\ back/slash"),
            new SourceAttribute("x-control", "tab\there\nline\r\u0001\u001f"),
            new SourceAttribute("x-unicode", "Nöws Télé 新闻 \uD83D\uDCFA"),
            new SourceAttribute("", ""));

    @Test
    void attributesAreWrittenAsDataBindingWroteThemAndReadBackExactly() throws Exception {
        List<List<String>> pairs = AWKWARD.stream().map(a -> List.of(a.key(), a.value())).toList();

        String json = Json.attrs(AWKWARD);

        assertThat(json).isEqualTo(Json.MAPPER.writeValueAsString(pairs));
        assertThat(Json.attrs(json)).isEqualTo(AWKWARD);
        assertThat(Json.attrs(List.of())).isNull();
        assertThat(Json.attrs((String) null)).isEmpty();
    }

    @Test
    void aDamagedColumnIsAStoreErrorNotAWrongChannel() {
        for (String bad : List.of("{\"a\":1}", "[[\"k\"]]", "[[\"k\",\"v\",\"w\"]]", "[[\"k\",1]]", "[[\"k\",\"v\"]")) {
            assertThatThrownBy(() -> Json.attrs(bad)).as(bad).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("unreadable JSON column");
        }
    }
}
