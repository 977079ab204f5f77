package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout's output file names are chosen once and survive renames: players load them by URL. Schema step 4
 * gives every layout of a database of the previous schema the names it was already writing.
 */
class LayoutFileNamesTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    @Test
    void layoutsOfTheSchemaBeforeKeepTheFileNamesTheyWereWriting() throws Exception {
        try (Database db = Database.open(dir, notices::add, Migrations.STEPS.subList(0, 4))) {
            for (String layout : List.of("Família TV", "Kids")) {
                db.tx(c -> SourceStore.exec(c, "INSERT INTO layouts(name, gzip_guide, plain_guide, updated_at) "
                        + "VALUES (?, 1, 0, '2026-12-01T00:00:00Z')", layout));
            }
        }
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(s.layouts().fileName("Família TV")).isEqualTo("familia-tv");
            assertThat(s.layouts().fileName("Kids")).isEqualTo("kids");
        }
    }

    @Test
    void aRenameKeepsTheFilesAndANewLayoutOfTheOldNameGetsOthers() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.layouts().save(new Layout("Family", LayoutOptions.DEFAULTS, List.of()));
            s.layouts().rename("Family", "Everyone");
            assertThat(s.layouts().fileName("Everyone")).isEqualTo("family");

            s.layouts().save(new Layout("Family", LayoutOptions.DEFAULTS, List.of()));
            assertThat(s.layouts().fileName("Family")).as("family.m3u is Everyone's").isEqualTo("family-2");

            s.layouts().save(new Layout("Everyone", LayoutOptions.DEFAULTS, List.of()));
            assertThat(s.layouts().fileName("Everyone")).as("saving again keeps the name").isEqualTo("family");
        }
    }

    @Test
    void theFileNameCanBeChangedOnlyToAFreePlainName() throws Exception {
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            s.layouts().save(new Layout("Family", LayoutOptions.DEFAULTS, List.of()));
            s.layouts().save(new Layout("Kids", LayoutOptions.DEFAULTS, List.of()));

            s.layouts().setFileName("Kids", "children-2");
            assertThat(s.layouts().fileName("Kids")).isEqualTo("children-2");

            assertThatThrownBy(() -> s.layouts().setFileName("Kids", "family"))
                    .hasMessageContaining("another layout writes family.m3u");
            assertThatThrownBy(() -> s.layouts().setFileName("Kids", "../Kids.m3u"))
                    .hasMessageContaining("not usable as a file name").hasMessageContaining("\"kids-m3u\"");
            assertThatThrownBy(() -> s.layouts().setFileName("Nobody", "nobody"))
                    .hasMessageContaining("no layout named \"Nobody\"");
            assertThat(s.layouts().fileName("Kids")).isEqualTo("children-2");
        }
    }
}
