package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Source;
import dev.lineup.model.SourceAttribute;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema step 6 gives every source a place for its playlist header's catch-up and time shift defaults: a
 * database of the previous schema opens with its sources intact and no defaults until their next refresh.
 */
class HeaderDefaultsMigrationTest {
    @TempDir
    Path dir;
    final List<String> notices = new ArrayList<>();

    @Test
    void sourcesOfTheSchemaBeforeKeepEverythingAndGetDefaultsAtTheirNextRefresh() throws Exception {
        try (Database db = Database.open(dir, notices::add, Migrations.STEPS.subList(0, 5))) {
            db.tx(c -> SourceStore.exec(c, "INSERT INTO sources(name, kind, location, created_at) "
                    + "VALUES (?, 'M3U', 'http://tv.example/list.m3u', '2026-12-01T00:00:00Z')", "Provider"));
        }
        try (LineupStore s = LineupStore.open(dir, notices::add)) {
            assertThat(s.database().schemaVersion()).isEqualTo(Migrations.latest());
            Source provider = s.sources().find("Provider").orElseThrow();
            assertThat(s.sources().location(provider)).isEqualTo("http://tv.example/list.m3u");
            assertThat(s.sources().headerDefaults(provider.id())).isEmpty();

            List<SourceAttribute> read = List.of(new SourceAttribute("catchup", "default"),
                    new SourceAttribute("catchup-days", "7"), new SourceAttribute("tvg-shift", "-1.5"));
            s.sources().setHeaderDefaults(provider.id(), read);
            assertThat(s.sources().headerDefaults(provider.id())).isEqualTo(read);
            s.sources().setHeaderDefaults(provider.id(), List.of());
            assertThat(s.sources().headerDefaults(provider.id())).as("a header that no longer has them").isEmpty();
        }
    }
}
