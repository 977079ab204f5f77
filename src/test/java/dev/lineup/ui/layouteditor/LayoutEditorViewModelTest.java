package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.GroupEdits;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.service.FirstRun;
import dev.lineup.testing.DesktopInstallation;
import dev.lineup.testing.WithoutFxToolkit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout editor's state as the user sees it, on the first-start sample layout (read from the real
 * database): renaming, moving, numbering, undo and redo, and the filters. Plain JUnit on the calling
 * thread: no JavaFX toolkit, no window ({@link WithoutFxToolkit} fails the class if one starts).
 */
@ExtendWith(WithoutFxToolkit.class)
class LayoutEditorViewModelTest {
    @TempDir
    Path dir;
    DesktopInstallation app;
    final LayoutEditorViewModel editor = new LayoutEditorViewModel();
    final AtomicInteger changes = new AtomicInteger();
    Layout sample;

    @BeforeEach
    void open() throws Exception {
        app = new DesktopInstallation(dir);
        sample = app.services.layouts().load(FirstRun.SAMPLE_LAYOUT);
        assertThat(sample.groups()).as("the sample has groups to move between").hasSizeGreaterThan(1);
        editor.onLayoutChanged(changes::incrementAndGet);
        editor.open(sample, null, Set.of());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void openingShowsEveryChannelWithNothingToUndoAndIsNoChange() {
        long total = sample.channels().count();
        assertThat(editor.rowsProperty().get()).hasSize((int) total);
        assertThat(editor.groups().get(0)).isEqualTo(GroupItem.ALL);
        assertThat(editor.groups()).extracting(GroupItem::name).containsSubsequence(editor.groupNames());
        assertThat(editor.summaryProperty().get()).startsWith(total + " channels in " + sample.groups().size() + " groups");
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(changes).as("opening is not an edit to save").hasValue(0);
    }

    @Test
    void renamingAChannelShowsInItsRowAndUndoAndRedoWalkTheHistory() {
        LayoutChannel first = sample.groups().get(0).channels().get(0);

        assertThat(editor.apply(ChannelEdits.setName(first.sourceKey(), "My first channel"))).isTrue();

        assertThat(row(first.sourceKey()).channel().name()).isEqualTo("My first channel");
        assertThat(editor.messageProperty().get()).isEqualTo("Rename channel to My first channel");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Rename channel to My first channel");
        assertThat(changes).as("an edit asks to be saved").hasValue(1);

        editor.undo();
        assertThat(row(first.sourceKey()).channel().name()).isEqualTo(first.name());
        assertThat(editor.messageProperty().get()).isEqualTo("Undone: Rename channel to My first channel");
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.canRedoProperty().get()).isTrue();
        assertThat(editor.redoTextProperty().get()).isEqualTo("Redo Rename channel to My first channel");

        editor.redo();
        assertThat(row(first.sourceKey()).channel().name()).isEqualTo("My first channel");
        assertThat(editor.messageProperty().get()).isEqualTo("Redone: Rename channel to My first channel");
        assertThat(editor.canRedoProperty().get()).isFalse();
        assertThat(changes).as("undo and redo are saved too").hasValue(3);
    }

    @Test
    void aRefusedEditSaysWhyAndChangesNothing() {
        List<String> groups = editor.groupNames();

        assertThat(editor.apply(GroupEdits.rename(groups.get(0), groups.get(1)))).isFalse();

        assertThat(editor.messageProperty().get()).contains(groups.get(1));
        assertThat(editor.groupNames()).isEqualTo(groups);
        assertThat(editor.canUndoProperty().get()).as("nothing to undo").isFalse();
        assertThat(changes).hasValue(0);
    }

    @Test
    void movingChannelsToAnotherGroupShowsThemThereFirstAndUndoPutsThemBack() {
        LayoutGroup from = sample.groups().get(0);
        LayoutGroup to = sample.groups().get(1);
        List<String> moved = from.channels().stream().limit(2).map(LayoutChannel::sourceKey).toList();

        assertThat(editor.apply(ChannelEdits.move(moved, to.name(), 0))).isTrue();

        assertThat(item(from.name()).channels()).isEqualTo(from.channels().size() - 2);
        assertThat(item(to.name()).channels()).isEqualTo(to.channels().size() + 2);
        editor.selectedGroupProperty().set(item(to.name()));
        assertThat(editor.rowsProperty().get()).extracting(ChannelRow::key).startsWith(moved.toArray(String[]::new));
        assertThat(editor.rowsProperty().get()).allSatisfy(r -> assertThat(r.group()).isEqualTo(to.name()));
        assertThat(editor.defaultGroup()).as("where Add puts channels now").isEqualTo(to.name());

        editor.undo();
        assertThat(editor.selectedGroupProperty().get().name()).as("the group stays selected").isEqualTo(to.name());
        assertThat(editor.rowsProperty().get()).extracting(ChannelRow::key).doesNotContainAnyElementsOf(moved);
        assertThat(item(from.name()).channels()).isEqualTo(from.channels().size());
    }

    @Test
    void numberingAGroupNumbersItsRowsInOrderAndASharedNumberIsFlaggedAndFiltered() {
        LayoutGroup first = sample.groups().get(0);
        LayoutGroup second = sample.groups().get(1);

        assertThat(editor.apply(Numbering.numberGroupEdit(first.name(), 101, NumberingOptions.DEFAULT))).isTrue();
        editor.selectedGroupProperty().set(item(first.name()));
        List<ChannelRow> rows = editor.rowsProperty().get();
        assertThat(rows).extracting(ChannelRow::number).startsWith(101, 102);
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Number " + first.name() + " from 101");

        String other = second.channels().get(0).sourceKey();
        assertThat(editor.apply(ChannelEdits.setNumber(other, 101))).isTrue();
        assertThat(editor.summaryProperty().get()).endsWith("· 2 channels share a number");
        editor.selectedGroupProperty().set(GroupItem.ALL);
        editor.duplicatesOnlyProperty().set(true);
        assertThat(editor.rowsProperty().get()).extracting(ChannelRow::key)
                .containsExactlyInAnyOrder(rows.get(0).key(), other);
        assertThat(editor.rowsProperty().get()).allSatisfy(r -> assertThat(r.duplicateNumber()).isTrue());

        editor.undo();
        assertThat(editor.rowsProperty().get()).as("no number is shared any more").isEmpty();
        assertThat(editor.summaryProperty().get()).doesNotContain("share a number");
    }

    @Test
    void theSearchAndTheFlagsNarrowTheRowsAndClearingThemBringsEveryChannelBack() {
        LayoutChannel wanted = sample.groups().get(1).channels().get(0);
        long total = sample.channels().count();

        editor.queryProperty().set(wanted.name());
        assertThat(editor.rowsProperty().get()).extracting(ChannelRow::key).contains(wanted.sourceKey());
        assertThat(editor.rowsProperty().get()).hasSizeLessThan((int) total)
                .allSatisfy(r -> assertThat(r.channel().name().toLowerCase()).contains(wanted.name().toLowerCase()));

        editor.queryProperty().set("");
        assertThat(editor.apply(ChannelEdits.setHidden(List.of(wanted.sourceKey()), true))).isTrue();
        editor.hiddenOnlyProperty().set(true);
        assertThat(editor.rowsProperty().get()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(wanted.sourceKey());
            assertThat(r.hidden()).isTrue();
        });

        editor.hiddenOnlyProperty().set(false);
        assertThat(editor.rowsProperty().get()).hasSize((int) total);
    }

    private ChannelRow row(String key) {
        return editor.rowsProperty().get().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private GroupItem item(String group) {
        return editor.groups().stream().filter(g -> group.equals(g.name())).findFirst().orElseThrow();
    }
}
