package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.find;
import static dev.lineup.layout.Fixtures.sample;
import static dev.lineup.layout.Fixtures.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelEditsTest {

    private static Layout run(LayoutEdit e) {
        return e.apply(sample());
    }

    @Test
    void multiSelectMoveAcrossGroupsKeepsTheLayoutOrderNotTheClickOrder() {
        // selected by clicking f, then a, then c: they land in layout order a, c, f
        Layout l = run(ChannelEdits.move(List.of("f", "a", "c"), "Kids", 0));
        assertThat(shape(l)).isEqualTo("News: b d | Sport: e | Kids: a c f");
    }

    @Test
    void moveDownWithinAGroupDropsBeforeTheChannelUnderTheCursor() {
        // drag a and b onto position 3 (before d): indexes count the dragged channels still in place
        assertThat(shape(run(ChannelEdits.move(Set.of("a", "b"), "News", 3)))).startsWith("News: c a b d |");
        assertThat(shape(run(ChannelEdits.move(Set.of("a"), "News", 4)))).startsWith("News: b c d a |");
    }

    @Test
    void moveUpWithinAGroupAndIntoTheMiddleOfAnotherGroup() {
        assertThat(shape(run(ChannelEdits.move(Set.of("d"), "News", 0)))).startsWith("News: d a b c |");
        assertThat(shape(run(ChannelEdits.move(Set.of("b", "d"), "Sport", 1))))
                .isEqualTo("News: a c | Sport: e b d f | Kids:");
    }

    @Test
    void moveKeepsTheChannelsEdits() {
        Layout edited = ChannelEdits.setGuideChannel("a", "BBCOne.uk").apply(sample());
        Layout moved = ChannelEdits.move(Set.of("a"), "Sport", 2).apply(edited);
        assertThat(find(moved, "a").guideChannel()).isEqualTo("BBCOne.uk");
        assertThat(find(moved, "a").number()).isEqualTo(1);
    }

    @Test
    void moveIntoAMissingGroupOrToANegativeIndexIsRefused() {
        assertThatThrownBy(() -> run(ChannelEdits.move(Set.of("a"), "Films", 0)))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("no group named 'Films'");
        assertThatThrownBy(() -> run(ChannelEdits.move(Set.of("a"), "Sport", -1)))
                .isInstanceOf(LayoutEditException.class);
    }

    @Test
    void addPutsSourceChannelsAtTheIndexWithTheProvidersDetailsAndCreatesAMissingGroup() {
        List<SourceChannelRef> refs = List.of(new SourceChannelRef("x", "Cartoon Network", "Kids", "cn.us", "http://l/cn.png"),
                new SourceChannelRef("y", "Nick Jr", "Kids", null, null));
        Layout l = run(ChannelEdits.add(refs, "Sport", 1));
        assertThat(shape(l)).isEqualTo("News: a b c d | Sport: e x y f | Kids:");
        LayoutChannel x = find(l, "x");
        assertThat(x.name()).isEqualTo("Cartoon Network");
        assertThat(x.tvgId()).isEqualTo("cn.us");
        assertThat(x.logo()).isEqualTo("http://l/cn.png");

        Layout created = run(ChannelEdits.add(refs, "Toddlers", 0));
        assertThat(shape(created)).endsWith("| Toddlers: x y");
    }

    @Test
    void addingAChannelTheGroupAlreadyHasLeavesItWhereItIs() {
        Layout l = run(ChannelEdits.add(List.of(new SourceChannelRef("b", "CNN", "News", null, null)), "News", 0));
        assertThat(l).isEqualTo(sample());
    }

    @Test
    void copyLeavesTheOriginalInPlace() {
        Layout l = run(ChannelEdits.copy(Set.of("a", "e"), "Kids", 0));
        assertThat(shape(l)).isEqualTo("News: a b c d | Sport: e f | Kids: a e");
        // editing a key changes every copy of it
        Layout renamed = ChannelEdits.setName("a", "BBC 1").apply(l);
        assertThat(renamed.channels().filter(c -> c.sourceKey().equals("a")).map(LayoutChannel::name))
                .containsExactly("BBC 1", "BBC 1");
    }

    @Test
    void removeTakesChannelsOutOfEveryGroup() {
        assertThat(shape(run(ChannelEdits.remove(Set.of("a", "f"))))).isEqualTo("News: b c d | Sport: e | Kids:");
    }

    @Test
    void hideAndShow() {
        Layout hidden = run(ChannelEdits.setHidden(Set.of("a", "e"), true));
        assertThat(find(hidden, "a").hidden()).isTrue();
        assertThat(find(hidden, "e").hidden()).isTrue();
        assertThat(find(hidden, "b").hidden()).isFalse();
        assertThat(ChannelEdits.setHidden(Set.of("a", "e"), false).apply(hidden)).isEqualTo(sample());
    }

    @Test
    void inlineSettersChangeOneFieldAndBlankClearsOptionalOnes() {
        Layout l = run(ChannelEdits.setLogo("a", "  http://logo/a.png "));
        assertThat(find(l, "a").logo()).isEqualTo("http://logo/a.png");
        assertThat(find(ChannelEdits.setLogo("a", " ").apply(l), "a").logo()).isNull();
        assertThat(find(run(ChannelEdits.setTvgId("a", "bbc1.uk")), "a").tvgId()).isEqualTo("bbc1.uk");
        assertThat(find(run(ChannelEdits.setGuideChannel("a", "BBCOne.uk")), "a").guideChannel()).isEqualTo("BBCOne.uk");
        assertThat(find(run(ChannelEdits.setShift(Set.of("a"), -2.5)), "a").shiftHours()).isEqualTo(-2.5);
        assertThat(find(run(ChannelEdits.setNumber("a", null)), "a").number()).isNull();
        assertThat(find(run(ChannelEdits.setName("a", " BBC 1 ")), "a").name()).isEqualTo("BBC 1");
    }

    @Test
    void nonsenseValuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ChannelEdits.setName("a", " ")).hasMessageContaining("channel name must not be blank");
        assertThatThrownBy(() -> ChannelEdits.setNumber("a", -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> ChannelEdits.setShift(Set.of("a"), 25)).hasMessageContaining("-24 and 24");
        assertThatThrownBy(() -> ChannelEdits.setShift(Set.of("a"), Double.NaN)).isInstanceOf(LayoutEditException.class);
    }

    @Test
    void unchangedGroupsAreSharedWithThePreviousVersion() {
        Layout before = sample();
        Layout after = ChannelEdits.setName("e", "ESPN 2").apply(before);
        assertThat(after.groups().get(0)).isSameAs(before.groups().get(0));
        assertThat(after.groups().get(1)).isNotSameAs(before.groups().get(1));
    }
}
