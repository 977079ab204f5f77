package dev.lineup.service.layouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.service.layouts.LayoutToolsService.GuideMatches;
import dev.lineup.service.layouts.LayoutToolsService.GuideRow;
import dev.lineup.service.layouts.LayoutToolsService.NumberingPreview;
import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.HealthReport;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutToolsTest {
    @TempDir
    Path dir;
    ToolsStore db;
    LayoutToolsService tools;

    @BeforeEach
    void seed() throws IOException {
        db = new ToolsStore(dir);
        tools = new LayoutToolsService(db.store);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void healthCountsAreThoseOfTheStoredLayout() {
        HealthReport h = tools.health(ToolsStore.LAYOUT);
        assertThat(h).isEqualTo(StoredHealth.check(db.store, ToolsStore.LAYOUT));
        assertThat(h.channels()).isEqualTo(6);
        // Only BBC One carries a tvg-id the guide knows; two channels have a logo.
        assertThat(h.unmapped()).isEqualTo(5);
        assertThat(h.missingLogos()).isEqualTo(4);
        assertThat(h.neverPublished()).isTrue();
    }

    @Test
    void findingGuidesSavesNothingAndApplyingAChoiceMapsOnlyThoseChannels() {
        GuideMatches found = tools.findGuides(ToolsStore.LAYOUT);
        Map<String, GuideRow> byName = found.rows().stream().collect(Collectors.toMap(GuideRow::channel, r -> r));
        assertThat(byName.get("CNN International").best().guideId()).isEqualTo("cnn.int");
        assertThat(byName.get("UK: Channel 4 FHD").best().guideId()).isEqualTo("channel4.uk");
        assertThat(byName.get("Mystery Local Feed").best()).isNull();
        assertThat(guideOf("CNN International")).isNull();

        int n = tools.applyGuides(ToolsStore.LAYOUT, Map.of(byName.get("CNN International").sourceKey(),
                byName.get("CNN International").best()));

        assertThat(n).isEqualTo(1);
        assertThat(guideOf("CNN International")).isEqualTo("cnn.int");
        assertThat(guideOf("UK: Channel 4 FHD")).isNull();
        assertThat(tools.health(ToolsStore.LAYOUT).unmapped()).isEqualTo(4);
    }

    @Test
    void applyingAGuideNeverOverwritesAMappingTheUserMade() {
        GuideRow cnn = tools.findGuides(ToolsStore.LAYOUT).rows().stream()
                .filter(r -> r.channel().equals("CNN International")).findFirst().orElseThrow();
        Layout l = db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow();
        db.store.layouts().save(ChannelEdits.setGuideChannel(cnn.sourceKey(), "my.own").apply(l));

        int n = tools.applyGuides(ToolsStore.LAYOUT, Map.of(cnn.sourceKey(), cnn.best()));

        assertThat(n).isZero();
        assertThat(guideOf("CNN International")).isEqualTo("my.own");
    }

    @Test
    void thresholdIsKeptInTheSettingAndOutOfRangeIsRefused() {
        tools.setAutoApplyThreshold(0.75);
        assertThat(tools.autoApplyThreshold()).isEqualTo(0.75);
        assertThat(tools.findGuides(ToolsStore.LAYOUT).threshold()).isEqualTo(0.75);
        assertThatThrownBy(() -> tools.setAutoApplyThreshold(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 1");
    }

    @Test
    void dryRunChangesNothingAndApplyPlacesTheNewProviderChannels() {
        ToolsStore.removeFromLayout(db.store, "Sky Sports Arena", "Sky Sports Arena Extra");
        Rule sport = Rule.of("Sport", new Rule.Match(null, null, "^sky sports", true, null),
                new Rule.Actions("Sport picks", false, null, null, 500, 599, null));
        tools.saveRules(ToolsStore.LAYOUT, List.of(sport));
        Layout before = db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow();

        RuleReport dry = tools.dryRunRules(ToolsStore.LAYOUT, tools.rules(ToolsStore.LAYOUT));
        assertThat(dry.placed()).extracting(RuleReport.Placement::name)
                .containsExactly("Sky Sports Arena", "Sky Sports Arena Extra");
        assertThat(db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow()).isEqualTo(before);

        RuleReport done = tools.applyRules(ToolsStore.LAYOUT, tools.rules(ToolsStore.LAYOUT));
        assertThat(done.placed()).hasSize(2);
        assertThat(tools.groups(ToolsStore.LAYOUT)).extracting(LayoutToolsService.GroupInfo::name).contains("Sport picks");
        assertThat(numbersIn("Sport picks")).containsExactly(500, 501);
    }

    @Test
    void rulesSurviveExportAndImport() throws IOException {
        Rule r = new Rule("Hide adult", false, new Rule.Match(null, "Adult", null, false, null),
                new Rule.Actions(null, true, null, null, null, null, null));
        Path file = dir.resolve("rules.json");
        tools.exportRules(List.of(r), file);
        assertThat(tools.importRules(file)).containsExactly(r);
        Files.writeString(file, "{\"schema\":1,\"rules\":[{\"name\":\"x\",\"grup\":1}]}");
        assertThatThrownBy(() -> tools.importRules(file)).hasMessageContaining("rules.json:1");
    }

    @Test
    void numberingPreviewSavesNothingAndApplyGivesThoseNumbers() {
        Map<String, Integer> starts = new LinkedHashMap<>();
        starts.put("News", 101);
        starts.put("Entertainment", 102);
        NumberingPreview p = tools.previewNumbering(ToolsStore.LAYOUT, starts, NumberingOptions.DEFAULT);
        assertThat(p.changed()).isEqualTo(4);
        assertThat(p.overflows()).singleElement().asString().contains("'News' runs to 102");
        assertThat(p.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo(102);
            assertThat(d.channels()).containsExactly("CNN International", "UK: Channel 4 FHD");
        });
        assertThat(numbersIn("News")).containsOnlyNulls();

        tools.applyNumbering(ToolsStore.LAYOUT, Map.of("News", 101, "Entertainment", 201), NumberingOptions.DEFAULT);
        assertThat(numbersIn("News")).containsExactly(101, 102);
        assertThat(numbersIn("Entertainment")).containsExactly(201, 202);
        assertThat(numbersIn("Sport")).containsOnlyNulls();
    }

    private List<Integer> numbersIn(String group) {
        return db.store.layouts().load(ToolsStore.LAYOUT).orElseThrow().groups().stream()
                .filter(g -> g.name().equals(group)).findFirst().orElseThrow()
                .channels().stream().map(LayoutChannel::number).toList();
    }

    private String guideOf(String name) {
        return ToolsStore.channel(db.store, name).guideChannel();
    }
}
