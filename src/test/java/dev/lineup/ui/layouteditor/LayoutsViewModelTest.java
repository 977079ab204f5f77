package dev.lineup.ui.layouteditor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.layout.GroupEdits;
import dev.lineup.model.Layout;
import dev.lineup.service.FirstRun;
import dev.lineup.service.layouts.FromSource;
import dev.lineup.task.SameThreadTaskExecutor;
import dev.lineup.testing.DesktopInstallation;
import dev.lineup.testing.WithoutFxToolkit;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout editor's view models over the first-start installation (real database, real services) on the
 * same-thread task executor: no JavaFX toolkit, no window. The save after an edit waits for {@link #save()}.
 */
@ExtendWith(WithoutFxToolkit.class)
class LayoutsViewModelTest {
    @TempDir
    Path dir;
    DesktopInstallation app;
    final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    final LayoutEditorViewModel editor = new LayoutEditorViewModel();
    Runnable pendingSave;
    LayoutsViewModel layouts;

    @BeforeEach
    void open() throws Exception {
        app = new DesktopInstallation(dir);
        layouts = new LayoutsViewModel(app.services.layouts(), app.services.library(), tasks, editor, save -> new LayoutsViewModel.SaveDelay() {
            @Override
            public void restart() {
                pendingSave = save;
            }

            @Override
            public void stop() {
                pendingSave = null;
            }

            @Override
            public boolean pending() {
                return pendingSave != null;
            }
        });
        layouts.reload(null);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    void save() {
        Runnable s = pendingSave;
        pendingSave = null;
        s.run();
    }

    @Test
    void theSampleLayoutOpensWithItsGroupsAndChannels() {
        assertThat(layouts.names()).containsExactly(FirstRun.SAMPLE_LAYOUT);
        assertThat(layouts.currentProperty().get()).isEqualTo(FirstRun.SAMPLE_LAYOUT);
        assertThat(editor.layout().channels().count()).isEqualTo(29);
        assertThat(editor.groupNames()).isNotEmpty();
        assertThat(tasks.unhandledErrors()).isEmpty();
    }

    @Test
    void anEditIsSavedOnceEditsPauseAndSwitchingLayoutsSavesItFirst() throws Exception {
        String first = editor.groupNames().get(0);
        assertThat(editor.apply(GroupEdits.rename(first, "My news"))).isTrue();
        assertThat(app.services.layouts().load(FirstRun.SAMPLE_LAYOUT).groups().get(0).name())
                .as("not saved while the user is still editing").isEqualTo(first);
        save();
        assertThat(app.services.layouts().load(FirstRun.SAMPLE_LAYOUT).groups().get(0).name()).isEqualTo("My news");

        editor.apply(GroupEdits.rename("My news", "Evening news"));
        layouts.createFromSource("Everything", FirstRun.SAMPLE_SOURCE);
        assertThat(app.services.layouts().load(FirstRun.SAMPLE_LAYOUT).groups().get(0).name())
                .as("a pending edit is saved before another layout opens").isEqualTo("Evening news");
        assertThat(layouts.names()).contains("Everything", FirstRun.SAMPLE_LAYOUT);
        assertThat(layouts.currentProperty().get()).isEqualTo("Everything");
        assertThat(editor.layout().channels().count()).isEqualTo(29);
    }

    @Test
    void aNameAlreadyTakenIsRefusedInWordsAndNothingIsLost() throws Exception {
        layouts.createFromSource(FirstRun.SAMPLE_LAYOUT, FirstRun.SAMPLE_SOURCE);
        assertThat(tasks.unhandledErrors()).singleElement()
                .satisfies(e -> assertThat(e).hasMessage("a layout named \"" + FirstRun.SAMPLE_LAYOUT + "\" already exists"));
        assertThat(layouts.names()).containsExactly(FirstRun.SAMPLE_LAYOUT);
        Layout kept = app.services.layouts().load(FirstRun.SAMPLE_LAYOUT);
        assertThat(kept.channels().count()).isEqualTo(29);
    }

    @Test
    void renamingKeepsTheLayoutOpenUnderItsNewName() throws Exception {
        layouts.rename("Family");
        assertThat(layouts.names()).containsExactly("Family");
        assertThat(layouts.currentProperty().get()).isEqualTo("Family");
        assertThat(editor.layout().name()).isEqualTo("Family");
        assertThat(app.services.layouts().names()).containsExactly("Family");
    }

    @Test
    void aLayoutFromASourceSaysInWordsWhatItLeftOut() {
        assertThat(LayoutsViewModel.leftOut(new FromSource.Made(null, 1, 0))).isEqualTo("Live channels only: 1 film"
                + " left out. To add films, drag a film category from the source on the left.");
        assertThat(LayoutsViewModel.leftOut(new FromSource.Made(null, 1234, 2))).isEqualTo("Live channels only: 1,234"
                + " films and 2 series left out. To add films, drag a film category from the source on the left."
                + " Series stay out: players cannot play a series as a channel.");
        assertThat(LayoutsViewModel.leftOut(new FromSource.Made(null, 0, 0))).isNull();
        assertThat(LayoutsViewModel.filmsLeftOut(new FromSource.Made(null, 40, 1))).isEqualTo("Left out: 40 films of"
                + " the categories you did not choose; 1 series (players cannot play a series as a channel).");
    }
}
