package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.ch;
import static dev.lineup.layout.Fixtures.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NumberingTest {

    private static List<Integer> numbers(Layout l, String group) {
        return l.groups().get(LayoutOps.requireGroup(l, group)).channels().stream().map(LayoutChannel::number).toList();
    }

    private static Layout layout(LayoutGroup... groups) {
        return new Layout("L", null, List.of(groups));
    }

    @Test
    void numbersEachGroupFromItsStartInOrder() {
        Layout l = layout(group("A", ch("a1", "x", null), ch("a2", "x", 7), ch("a3", "x", null)),
                group("B", ch("b1", "x", 3), ch("b2", "x", null)));
        NumberingResult r = Numbering.numberGroups(l, Map.of("A", 100, "B", 200), NumberingOptions.DEFAULT);
        assertThat(numbers(r.layout(), "A")).containsExactly(100, 101, 102);
        assertThat(numbers(r.layout(), "B")).containsExactly(200, 201);
        assertThat(r.overflows()).isEmpty();
        assertThat(r.duplicates()).isEmpty();
    }

    @Test
    void compactClosesGapsWhileNonCompactKeepsThem() {
        Layout l = layout(group("A", ch("1", "x", 101), ch("2", "x", 105), ch("3", "x", 110), ch("4", "x", null)));
        NumberingOptions keepGaps = new NumberingOptions(false, true, false);
        assertThat(numbers(Numbering.numberGroups(l, Map.of("A", 201), keepGaps).layout(), "A"))
                .containsExactly(201, 205, 210, 211);
        assertThat(numbers(Numbering.numberGroups(l, Map.of("A", 201), NumberingOptions.DEFAULT).layout(), "A"))
                .containsExactly(201, 202, 203, 204);
    }

    @Test
    void hiddenChannelsAreSkippedOrNumberedAsAsked() {
        Layout l = layout(group("A", ch("1", "x", 5), ch("2", "x", 6).withHidden(true), ch("3", "x", 7)));
        assertThat(numbers(Numbering.numberGroups(l, Map.of("A", 1), NumberingOptions.DEFAULT).layout(), "A"))
                .containsExactly(1, null, 2);
        assertThat(numbers(Numbering.numberGroups(l, Map.of("A", 1), new NumberingOptions(true, false, false)).layout(), "A"))
                .containsExactly(1, 2, 3);
    }

    @Test
    void existingManualNumbersAreKeptWhenAskedAndOthersFillAroundThem() {
        Layout l = layout(group("A", ch("1", "x", null), ch("2", "x", 2), ch("3", "x", null), ch("4", "x", null)),
                group("B", ch("5", "x", 3)));
        NumberingOptions keep = new NumberingOptions(true, true, true);
        assertThat(numbers(Numbering.numberGroups(l, Map.of("A", 1), keep).layout(), "A")).containsExactly(1, 2, 4, 5);
    }

    @Test
    void overflowIntoTheNextGroupsRangeIsReported() {
        Layout l = layout(group("A", ch("1", "x", null), ch("2", "x", null), ch("3", "x", null)),
                group("Empty"),
                group("B", ch("4", "x", 102), ch("5", "x", 103)));
        NumberingResult r = Numbering.numberGroups(l, Map.of("A", 100), NumberingOptions.DEFAULT);
        assertThat(r.overflows()).containsExactly(new NumberingResult.Overflow("A", 102, "B", 102));
        assertThat(r.duplicates()).extracting(NumberingResult.DuplicateNumber::number).containsExactly(102);

        Map<String, Integer> starts = new LinkedHashMap<>();
        starts.put("A", 100);
        starts.put("B", 101);
        NumberingResult both = Numbering.numberGroups(l, starts, NumberingOptions.DEFAULT);
        assertThat(both.overflows()).singleElement().hasToString("group 'A' runs to 102, into 'B' which starts at 101");
    }

    @Test
    void emptyGroupsAreFineAndUnknownGroupsOrNegativeStartsAreRefused() {
        Layout l = layout(group("Empty"), group("A", ch("1", "x", 4)));
        NumberingResult r = Numbering.numberGroups(l, Map.of("Empty", 1), NumberingOptions.DEFAULT);
        assertThat(r.layout()).isEqualTo(l);
        assertThat(r.overflows()).isEmpty();
        assertThatThrownBy(() -> Numbering.numberGroups(l, Map.of("Nope", 1), NumberingOptions.DEFAULT))
                .hasMessageContaining("no group named 'Nope'");
        assertThatThrownBy(() -> Numbering.numberGroups(l, Map.of("A", -5), NumberingOptions.DEFAULT))
                .hasMessageContaining("start number");
    }

    @Test
    void numbersPastTheIntegerRangeAreRefused() {
        Layout l = layout(group("A", ch("1", "x", null), ch("2", "x", null)));
        assertThatThrownBy(() -> Numbering.numberGroups(l, Map.of("A", Integer.MAX_VALUE), NumberingOptions.DEFAULT))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("exceed");
    }

    @Test
    void renumberSelectionFollowsLayoutOrderAcrossGroups() {
        Layout l = Fixtures.sample();
        NumberingResult r = Numbering.renumber(l, List.of("f", "b", "e"), 500, NumberingOptions.DEFAULT);
        assertThat(Fixtures.find(r.layout(), "b").number()).isEqualTo(500);
        assertThat(Fixtures.find(r.layout(), "e").number()).isEqualTo(501);
        assertThat(Fixtures.find(r.layout(), "f").number()).isEqualTo(502);
        assertThat(Fixtures.find(r.layout(), "a").number()).isEqualTo(1);
    }

    @Test
    void duplicatesListEveryVisibleChannelSharingANumberButNotCopiesOfOneChannel() {
        Layout l = layout(group("A", ch("1", "x", 5), ch("2", "x", 5), ch("3", "x", 6)),
                group("Fav", ch("3", "x", 6), ch("4", "x", 5)));
        assertThat(Numbering.duplicates(l)).containsExactly(new NumberingResult.DuplicateNumber(5, List.of("1", "2", "4")));
        assertThat(Numbering.duplicateKeys(l)).isEqualTo(Set.of("1", "2", "4"));
    }

    @Test
    void nextFreeFindsTheLowestUnusedNumberInRange() {
        Layout l = layout(group("A", ch("1", "x", 10), ch("2", "x", 11), ch("3", "x", 13)));
        assertThat(Numbering.nextFree(l, 10, 20)).hasValue(12);
        assertThat(Numbering.nextFree(l, 10, 11)).isEmpty();
    }
}
