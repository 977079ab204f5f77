package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Catchup;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.Timing;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of the schema before time shift and catch-up levels (step 3) keeps every channel's shift and
 * catch-up switch through step 4: shift 1.5 stays the channel's own, catch-up 0 becomes "off", and the old
 * defaults (shift 0, catch-up 1) become "as the levels above say".
 */
class TimingMigrationTest {
    @TempDir
    Path dir;

    @Test
    void shiftsAndCatchupSwitchesOfTheOldSchemaKeepTheirMeaning() {
        try (Database db = Database.open(dir, m -> { }, Migrations.STEPS.subList(0, 3))) {
            assertThat(db.schemaVersion()).isEqualTo(3);
            db.tx(c -> {
                SourceStore.exec(c, "INSERT INTO layouts(id, name, gzip_guide, plain_guide, updated_at) "
                        + "VALUES (1, 'Family', 1, 1, '2026-12-01T10:00:00Z')");
                SourceStore.exec(c, "INSERT INTO layout_groups(id, layout_id, position, name, hidden) "
                        + "VALUES (1, 1, 0, 'UK', 0)");
                SourceStore.exec(c, "INSERT INTO layout_channels(group_id, position, source_key, shift_hours, hidden, "
                        + "catchup) VALUES (1, 0, 'sc:1', 1.5, 0, 0), (1, 1, 'sc:2', 0, 0, 1)");
                return null;
            });
        }
        try (Database db = Database.open(dir, m -> { }, Migrations.STEPS)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest());
            Layout l = new LayoutStore(db).load("Family").orElseThrow();
            assertThat(l.channels().map(LayoutChannel::timing))
                    .containsExactly(Timing.of(1.5, Catchup.OFF), Timing.INHERIT);
            assertThat(l.groups().get(0).timing()).isEqualTo(Timing.INHERIT);
            assertThat(l.timing().inherits()).isTrue();
        }
    }
}
