package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Catchup;
import dev.lineup.model.Layout;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every editor command, applied to the sample layout, changes it, undoes exactly and redoes exactly. */
class EveryEditUndoesTest {
    private static final Set<String> ALL = Set.of("a", "b", "c", "d", "e", "f");

    static Stream<Arguments> edits() {
        List<LayoutEdit> edits = List.of(
                ChannelEdits.add(List.of(new SourceChannelRef("x", "Cartoon Network", "Kids", "cn.us", null)), "Kids", 0),
                ChannelEdits.move(Set.of("a", "e"), "Kids", 0),
                ChannelEdits.copy(Set.of("a"), "Kids", 0),
                ChannelEdits.remove(Set.of("b", "f")),
                ChannelEdits.setHidden(Set.of("c"), true),
                ChannelEdits.setName("a", "BBC One London"),
                ChannelEdits.setNumber("a", 101),
                ChannelEdits.setLogo("a", "http://logo/bbc1.png"),
                ChannelEdits.setTvgId("a", "bbc1.uk"),
                ChannelEdits.setGuideChannel("a", "BBCOne.uk"),
                ChannelEdits.setShift(Set.of("a"), 1.5),
                TimingEdits.forChannels(Set.of("a", "b"), TimingChange.catchup(Catchup.on(7, "xc", null))),
                TimingEdits.forGroups(List.of("News"), TimingChange.shift(2)),
                TimingEdits.forSource("Provider", TimingChange.catchup(Catchup.OFF)),
                TimingEdits.forPlaylist(new TimingChange(TimingChange.Action.SET, -1.0, TimingChange.Action.SET,
                        Catchup.on(3, null, null))),
                GroupEdits.add("Films", 1),
                GroupEdits.rename("News", "World News"),
                GroupEdits.delete("Sport"),
                GroupEdits.duplicate("Sport", "Sport 2"),
                GroupEdits.move("Kids", 0),
                GroupEdits.setHidden("Sport", true),
                GroupEdits.sortByName("News"),
                NameEdits.findReplace(ALL, "sky", "Sky UK", false, true),
                NameEdits.findReplace(ALL, "^(\\w+) (\\w+)$", "$2 $1", true, false),
                NameEdits.upperCase(ALL),
                NameEdits.sentenceCase(ALL),
                NameEdits.prefixSuffix(ALL, "UK: ", " HD"),
                Numbering.renumberEdit(Set.of("e", "f"), 200, NumberingOptions.DEFAULT),
                Numbering.numberGroupEdit("News", 100, NumberingOptions.DEFAULT),
                RuleEngine.edit(List.of(Rule.of("all", Rule.Match.ANY, new Rule.Actions("New", false, null, null, null, null, null))),
                        List.of(new SourceChannelRef("n1", "New One", "Misc", null, null))));
        return edits.stream().map(e -> Arguments.of(e.description(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void editChangesTheLayoutAndUndoRedoRestoreEachSideExactly(String name, LayoutEdit edit) {
        LayoutEditor ed = new LayoutEditor(sample());
        Layout before = ed.layout();
        assertThat(ed.apply(edit)).as("changes the layout").isTrue();
        Layout after = ed.layout();
        assertThat(after).isNotEqualTo(before);
        assertThat(ed.undo()).isTrue();
        assertThat(ed.layout()).isEqualTo(before);
        assertThat(ed.canUndo()).isFalse();
        assertThat(ed.redo()).isTrue();
        assertThat(ed.layout()).isEqualTo(after);
        assertThat(ed.undoDescription()).contains(name);
    }
}
