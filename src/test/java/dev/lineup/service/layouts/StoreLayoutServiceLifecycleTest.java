package dev.lineup.service.layouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.layout.Rule;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's layout operations over a real store with a refreshed provider playlist. */
class StoreLayoutServiceLifecycleTest {
    static final String LR = ToolsStore.LAYOUT;
    @TempDir
    Path dir;
    ToolsStore db;
    LayoutService layouts;

    @BeforeEach
    void seed() throws Exception {
        db = new ToolsStore(dir);
        layouts = new LayoutService(db.store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editsSavedLoadBackExactlyAsTheEditorHadThem() throws Exception {
        Layout l = layouts.load(LR);
        assertThat(l.channels().map(LayoutChannel::name).toList()).contains("BBC One HD", "CNN International");
        List<LayoutGroup> groups = new ArrayList<>(l.groups());
        LayoutGroup news = groups.remove(0);
        List<LayoutChannel> ch = new ArrayList<>(news.channels());
        LayoutChannel bbc = ch.remove(0);
        ch.add(new LayoutChannel(bbc.sourceKey(), "BBC 1", 101, "http://my.logos/bbc.png", "bbc.one", "bbc1.uk",
                1.5, true, false));
        groups.add(new LayoutGroup("News (mine)", true, ch));
        Layout edited = new Layout(LR, new LayoutOptions(2, 5, true, false), groups);

        layouts.save(edited);

        assertThat(layouts.load(LR)).isEqualTo(edited);
        assertThat(new LayoutService(db.store).load(LR)).as("a fresh service reads the same").isEqualTo(edited);
    }

    @Test
    void createRenameDuplicateAndDeleteKeepEveryOtherLayoutAsItWas() throws Exception {
        Layout living = layouts.load(LR);
        layouts.create("Kids");
        layouts.createFromSource("Family", "Provider");
        assertThat(layouts.names()).containsExactly("Family", "Kids", LR);
        Layout family = layouts.load("Family");

        layouts.rename("Family", "Den");
        assertThat(layouts.names()).containsExactly("Den", "Kids", LR);
        assertThat(layouts.load("Den")).isEqualTo(new Layout("Den", family.options(), family.groups()));

        Layout den = layouts.load("Den");
        Layout kids = layouts.load("Kids");
        assertThatThrownBy(() -> layouts.duplicate(den, "Kids")).as("a taken name is refused, never overwritten")
                .isInstanceOf(LayoutNameTakenException.class);
        assertThat(layouts.load("Kids")).isEqualTo(kids);
        layouts.duplicate(den, "Den copy");
        layouts.save(den.withGroups(den.groups().subList(0, 1)));
        assertThat(layouts.load("Den copy").groups()).isEqualTo(family.groups());

        layouts.delete("Kids");
        assertThat(layouts.names()).containsExactly("Den", "Den copy", LR);
        assertThatThrownBy(() -> layouts.delete("Kids")).isInstanceOf(UnknownLayoutException.class)
                .hasMessage("no layout named 'Kids'");
        assertThat(layouts.load(LR)).isEqualTo(living);
    }

    @Test
    void renamingKeepsTheLayoutsRulesAndDeletingDropsThemForALaterLayoutOfThatName() throws Exception {
        List<Rule> rules = List.of(Rule.of("Sport to Sport", new Rule.Match(null, "Sport", null, false, null),
                Rule.Actions.NONE));
        StoredRules.setRules(db.store, LR, rules);

        layouts.rename(LR, "Lounge");
        assertThat(StoredRules.rules(db.store, "Lounge")).isEqualTo(rules);

        layouts.delete("Lounge");
        layouts.create("Lounge");
        assertThat(StoredRules.rules(db.store, "Lounge")).as("a new layout starts without rules").isEmpty();
    }

    @Test
    void renamingKeepsTheChosenTargetAndPublishHistoryAndDeletingForgetsThem() throws Exception {
        // The choice is kept by the target's id now: a target of that name must exist.
        db.store.targets().put(new dev.lineup.model.TargetConfig("dropbox", "dropbox", "{\"folder\":\"/IPTV\"}"));
        db.store.settings().set("layout." + LR + ".target", "dropbox");
        db.store.settings().set("layout." + LR + ".generation", "7");
        db.store.settings().set("layout." + LR + ".last-published", "2026-11-22T07:00:00Z");
        db.store.settings().set("layout." + LR + ".extra.target", "someone else's");

        layouts.rename(LR, "Lounge");
        assertThat(db.store.settings().get("layout.Lounge.target")).contains("dropbox");
        assertThat(db.store.settings().get("layout.Lounge.generation")).contains("7");
        assertThat(db.store.settings().get("layout.Lounge.last-published")).contains("2026-11-22T07:00:00Z");
        assertThat(db.store.settings().get("layout." + LR + ".generation")).isEmpty();
        assertThat(db.store.settings().get("layout." + LR + ".extra.target"))
                .as("a setting of another layout whose name starts the same").contains("someone else's");

        layouts.delete("Lounge");
        layouts.create("Lounge");
        assertThat(db.store.settings().get("layout.Lounge.target")).isEmpty();
        assertThat(db.store.settings().get("layout.Lounge.generation")).isEmpty();
    }

    @Test
    void aTakenOrEmptyNameIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        layouts.create("Kids");
        Layout living = layouts.load(LR);

        assertThatThrownBy(() -> layouts.create(LR)).isInstanceOf(LayoutNameTakenException.class)
                .hasMessage("a layout named \"Living room\" already exists");
        assertThatThrownBy(() -> layouts.createFromSource("Kids", "Provider"))
                .isInstanceOf(LayoutNameTakenException.class);
        assertThatThrownBy(() -> layouts.rename("Kids", LR)).isInstanceOf(LayoutNameTakenException.class);
        assertThatThrownBy(() -> layouts.create("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a layout needs a name");
        assertThatThrownBy(() -> layouts.rename(LR, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a layout needs a name");
        assertThatThrownBy(() -> layouts.createFromSource("Films", "Nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no source named \"Nope\"");
        assertThatThrownBy(() -> layouts.rename("Nope", "Films")).isInstanceOf(UnknownLayoutException.class);

        assertThat(layouts.names()).containsExactly("Kids", LR);
        assertThat(layouts.load(LR)).isEqualTo(living);
        assertThat(layouts.load("Kids").groups()).isEmpty();
    }
}
