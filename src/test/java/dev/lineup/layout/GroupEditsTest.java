package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.ch;
import static dev.lineup.layout.Fixtures.group;
import static dev.lineup.layout.Fixtures.names;
import static dev.lineup.layout.Fixtures.sample;
import static dev.lineup.layout.Fixtures.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupEditsTest {

    @Test
    void addRenameDuplicateMoveDelete() {
        Layout l = GroupEdits.add("Films", 1).apply(sample());
        assertThat(shape(l)).isEqualTo("News: a b c d | Films: | Sport: e f | Kids:");
        l = GroupEdits.rename("Films", "Movies").apply(l);
        assertThat(shape(l)).isEqualTo("News: a b c d | Movies: | Sport: e f | Kids:");
        l = GroupEdits.duplicate("Sport", "Sport (copy)").apply(l);
        assertThat(shape(l)).isEqualTo("News: a b c d | Movies: | Sport: e f | Sport (copy): e f | Kids:");
        l = GroupEdits.move("Kids", 0).apply(l);
        assertThat(shape(l)).isEqualTo("Kids: | News: a b c d | Movies: | Sport: e f | Sport (copy): e f");
        l = GroupEdits.move("Kids", 99).apply(l);
        assertThat(shape(l)).endsWith("Sport (copy): e f | Kids:");
        l = GroupEdits.delete("Sport (copy)").apply(l);
        assertThat(shape(l)).isEqualTo("News: a b c d | Movies: | Sport: e f | Kids:");
    }

    @Test
    void groupNamesStayUnique() {
        assertThatThrownBy(() -> GroupEdits.add("Sport", 0).apply(sample()))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("'Sport' already exists");
        assertThatThrownBy(() -> GroupEdits.rename("News", "Kids").apply(sample())).hasMessageContaining("already exists");
        assertThatThrownBy(() -> GroupEdits.duplicate("News", "Sport").apply(sample())).hasMessageContaining("already exists");
        assertThatThrownBy(() -> GroupEdits.delete("Films").apply(sample())).hasMessageContaining("no group named 'Films'");
    }

    @Test
    void hideAndShowAGroup() {
        Layout l = GroupEdits.setHidden("Sport", true).apply(sample());
        assertThat(l.groups().get(1).hidden()).isTrue();
        assertThat(GroupEdits.setHidden("Sport", false).apply(l)).isEqualTo(sample());
    }

    @Test
    void sortAtoZUsesNaturalOrderIgnoringCaseAndAccents() {
        Layout l = new Layout("L", null, List.of(group("G", ch("1", "Channel 10", null), ch("2", "channel 2", null),
                ch("3", "Écran", null), ch("4", "Channel 1", null), ch("5", "dazn", null), ch("6", "ecran 2", null))));
        assertThat(names(GroupEdits.sortByName("G").apply(l), "G"))
                .containsExactly("Channel 1", "channel 2", "Channel 10", "dazn", "Écran", "ecran 2");
    }

    @Test
    void naturalOrderComparesLongDigitRunsWithoutOverflow() {
        List<String> names = new ArrayList<>(List.of("x 100000000000000000001", "x 99999999999999999999", "x 007", "x 7"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("x 7", "x 007", "x 99999999999999999999", "x 100000000000000000001");
    }
}
