package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutStoreTest {
    @TempDir
    Path dir;
    LineupStore store;

    @BeforeEach
    void open() {
        store = LineupStore.open(dir, m -> { });
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Layout family() {
        LayoutChannel full = new LayoutChannel("sc:12", "BBC One", 1, "http://logo/1.png", "bbc1.uk", "BBC1.uk", -1.5,
                false, false);
        LayoutChannel bare = LayoutChannel.of("xtream:4711", null);
        LayoutChannel hidden = LayoutChannel.of("name:sport 1@uk sport", "Sport").withHidden(true).withNumber(0);
        return new Layout("Family", new LayoutOptions(2, 5, false, true), List.of(
                new LayoutGroup("News", false, List.of(full, bare)),
                new LayoutGroup("Empty", true, List.of()),
                new LayoutGroup("Sport", false, List.of(hidden, full.withNumber(2)))));
    }

    @Test
    void aLayoutComesBackExactlyAsSavedAcrossReopening() {
        store.layouts().save(family());
        store.close();
        store = LineupStore.open(dir, m -> { });
        assertThat(store.layouts().load("Family")).hasValue(family());
        assertThat(store.layouts().names()).containsExactly("Family");
    }

    @Test
    void savingAgainReplacesGroupsAndChannelsAndKeepsOtherLayouts() {
        store.layouts().save(family());
        Layout other = new Layout("Kids", null, List.of(new LayoutGroup("Cartoons", false,
                List.of(LayoutChannel.of("sc:3", "Toons")))));
        store.layouts().save(other);
        Layout edited = family().withGroups(List.of(family().groups().get(2), family().groups().get(0)));
        store.layouts().save(edited);
        assertThat(store.layouts().load("Family")).hasValue(edited);
        assertThat(store.layouts().load("Kids")).hasValue(other);
        int rows = store.database().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM layout_channels")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(rows).isEqualTo(5);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesTheStoredLayoutUntouched() {
        store.layouts().save(family());
        store.database().tx(c -> c.createStatement().executeUpdate("CREATE TRIGGER no_sport BEFORE INSERT ON "
                + "layout_groups WHEN NEW.name = 'Broken' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        Layout broken = family().withGroups(List.of(family().groups().get(0), new LayoutGroup("Broken", false, List.of())));
        assertThatThrownBy(() -> store.layouts().save(broken)).isInstanceOf(StoreException.class);
        assertThat(store.layouts().load("Family")).hasValue(family());
    }

    @Test
    void deletingALayoutRemovesItsRows() {
        store.layouts().save(family());
        assertThat(store.layouts().delete("Family")).isTrue();
        assertThat(store.layouts().load("Family")).isEmpty();
        assertThat(store.layouts().delete("Family")).isFalse();
    }
}
