package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.sample;
import static dev.lineup.layout.Fixtures.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutEditorTest {

    @Test
    void undoRestoresTheLayoutBeforeTheEditAndRedoTheOneAfter() {
        LayoutEditor ed = new LayoutEditor(sample());
        Layout before = ed.layout();
        assertThat(ed.apply(ChannelEdits.move(Set.of("a"), "Sport", 0))).isTrue();
        Layout after = ed.layout();
        assertThat(shape(after)).isEqualTo("News: b c d | Sport: a e f | Kids:");

        assertThat(ed.undo()).isTrue();
        assertThat(ed.layout()).isEqualTo(before);
        assertThat(ed.redo()).isTrue();
        assertThat(ed.layout()).isEqualTo(after);
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        LayoutEditor ed = new LayoutEditor(sample());
        ed.apply(ChannelEdits.setHidden(Set.of("a"), true));
        ed.undo();
        assertThat(ed.canRedo()).isTrue();
        ed.apply(ChannelEdits.setName("b", "CNN International"));
        assertThat(ed.canRedo()).isFalse();
        assertThat(ed.redo()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotAnUndoStep() {
        LayoutEditor ed = new LayoutEditor(sample());
        assertThat(ed.apply(ChannelEdits.setHidden(Set.of("nope"), true))).isFalse();
        assertThat(ed.apply(GroupEdits.sortByName("Kids"))).isFalse();
        assertThat(ed.canUndo()).isFalse();
        assertThat(ed.version()).isZero();
    }

    @Test
    void aBulkEditIsOneStep() {
        LayoutEditor ed = new LayoutEditor(sample());
        ed.apply(NameEdits.upperCase(Set.of("a", "b", "c", "d", "e", "f")));
        assertThat(ed.layout().channels().map(c -> c.name())).allMatch(n -> n.equals(n.toUpperCase()));
        ed.undo();
        assertThat(ed.layout()).isEqualTo(sample());
        assertThat(ed.canUndo()).isFalse();
    }

    @Test
    void listenersHearEditsUndosAndRedosWithTheirDescription() {
        LayoutEditor ed = new LayoutEditor(sample());
        List<String> heard = new ArrayList<>();
        ed.addListener((layout, what) -> heard.add(what + " -> " + layout.groups().size()));
        ed.apply(GroupEdits.add("Films", 3));
        ed.undo();
        ed.redo();
        assertThat(heard).containsExactly("Add group Films -> 4", "Undo Add group Films -> 3", "Redo Add group Films -> 4");
        assertThat(ed.undoDescription()).contains("Add group Films");
    }

    @Test
    void historyKeepsOnlyTheNewestStepsUpToTheStepBound() {
        LayoutEditor ed = new LayoutEditor(sample(), 3, 1_000_000);
        for (int i = 1; i <= 5; i++) {
            ed.apply(ChannelEdits.setNumber("a", 100 + i));
        }
        assertThat(ed.undoDepth()).isEqualTo(3);
        while (ed.undo()) {
            // unwind everything that was kept
        }
        assertThat(Fixtures.find(ed.layout(), "a").number()).isEqualTo(102);
    }

    @Test
    void historyIsBoundedByRetainedChannelCopiesSoBigEditsCannotExhaustMemory() {
        Layout big = Fixtures.big(10, 1000);
        LayoutEditor ed = new LayoutEditor(big, 1000, 25_000);
        List<String> all = big.channels().map(c -> c.sourceKey()).toList();
        for (int i = 0; i < 10; i++) {
            ed.apply(Numbering.renumberEdit(all, 1 + i, NumberingOptions.DEFAULT)); // touches all 10k channels
        }
        assertThat(ed.undoDepth()).isEqualTo(2);
        // a one-channel edit touches one group of 1,000: many of those fit in the same budget
        for (int i = 0; i < 20; i++) {
            ed.apply(ChannelEdits.setName("k5", "Renamed " + i));
        }
        assertThat(ed.undoDepth()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void aFailedEditLeavesLayoutAndHistoryAsTheyWere() {
        LayoutEditor ed = new LayoutEditor(sample());
        ed.apply(ChannelEdits.setHidden(Set.of("a"), true));
        Layout before = ed.layout();
        assertThatThrownBy(() -> ed.apply(ChannelEdits.move(Set.of("a"), "Nowhere", 0)))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("Nowhere");
        assertThat(ed.layout()).isSameAs(before);
        assertThat(ed.undoDepth()).isEqualTo(1);
    }

    @Test
    void searchIndexFollowsTheCurrentLayout() {
        LayoutEditor ed = new LayoutEditor(sample());
        assertThat(ed.searchIndex().filter(ChannelFilter.search("sky"), Set.of()).keys()).containsExactly("c", "f");
        ed.apply(ChannelEdits.setName("b", "Sky Arts"));
        assertThat(ed.searchIndex().filter(ChannelFilter.search("sky"), Set.of()).keys()).containsExactly("b", "c", "f");
        ed.undo();
        assertThat(ed.searchIndex().filter(ChannelFilter.search("sky"), Set.of()).keys()).containsExactly("c", "f");
    }
}
