package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 8 makes placeholder programmes a layout's own choice, off for new layouts: every layout of a
 * database made by the schema before keeps them (they were on for all), so no published guide changes by the
 * upgrade; a layout made afterwards starts without; a save of the whole layout never switches them back.
 */
class PlaceholderGuidesMigrationTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    @Test
    void layoutsOfThePreviousSchemaKeepTheirPlaceholdersAndNewOnesStartWithout() throws Exception {
        try (Database db = Database.open(dir, notices::add, Migrations.STEPS.subList(0, 7))) {
            db.tx(c -> SourceStore.exec(c, "INSERT INTO layouts(name, gzip_guide, plain_guide, updated_at, file_name) "
                    + "VALUES ('Family', 1, 1, '2026-12-01T00:00:00Z', 'family')"));
        }
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(s.layouts().options("Family").orElseThrow().placeholderGuides()).isTrue();
            Layout family = s.layouts().load("Family").orElseThrow();
            assertThat(family.options().placeholderGuides()).isTrue();

            s.layouts().save(new Layout("Kids", LayoutOptions.DEFAULTS, List.of()));
            assertThat(s.layouts().options("Kids").orElseThrow().placeholderGuides()).isFalse();

            s.layouts().setPlaceholderGuides("Family", false);
            // The editor saves the layout as it loaded it (placeholders on): the choice made since stays.
            s.layouts().save(family);
            assertThat(s.layouts().options("Family").orElseThrow().placeholderGuides()).isFalse();
        }
    }
}
