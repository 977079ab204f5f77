package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelFilterTest {
    private static final Layout L = new Layout("L", null, List.of(
            group("News",
                    new LayoutChannel("a", "Télé Québec", 101, "http://l/a.png", "telequebec.ca", "TQ.ca", 0, false, true),
                    new LayoutChannel("b", "CNN International", 102, null, "cnn.us", null, 0, false, true),
                    new LayoutChannel("c", "Sky News", 102, "http://l/c.png", null, "Sky.uk", 0, true, true)),
            new LayoutGroup("Adult", true, List.of(
                    new LayoutChannel("d", "Late Night", 102, "http://l/d.png", null, "LN", 0, false, true))),
            group("Sport", new LayoutChannel("e", "BT Sport 1", 201, null, "btsport1.uk", null, 0, false, true),
                    new LayoutChannel("f", "Sport 10", 101, "http://l/f.png", null, "S10", 0, false, true))));

    private static List<String> run(ChannelFilter f, Set<String> removed) {
        return SearchIndex.build(L).filter(f, removed).keys();
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        assertThat(run(ChannelFilter.search("TELE QUEBEC"), Set.of())).containsExactly("a");
        assertThat(run(ChannelFilter.search("télé-québec"), Set.of())).containsExactly("a");
        assertThat(run(ChannelFilter.search("QUEB"), Set.of())).containsExactly("a");
    }

    @Test
    void everyWordMustMatchSomewhereInNameNumberOrTvgId() {
        assertThat(run(ChannelFilter.search("sport 1"), Set.of())).containsExactly("e", "f");
        assertThat(run(ChannelFilter.search("sport uk"), Set.of())).containsExactly("e");
        assertThat(run(ChannelFilter.search("201"), Set.of())).containsExactly("e");
        assertThat(run(ChannelFilter.search("cnn.us"), Set.of())).containsExactly("b");
        assertThat(run(ChannelFilter.search("  "), Set.of())).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void missingGuideMeansNeitherAGuideChannelNorATvgIdToFindOneBy() {
        Layout l = new Layout("L", null, List.of(group("G",
                new LayoutChannel("mapped", "A", null, null, null, "a.guide", 0, false, true),
                new LayoutChannel("by-tvg-id", "B", null, null, "b.uk", null, 0, false, true),
                new LayoutChannel("nothing", "C", null, null, null, null, 0, false, true),
                new LayoutChannel("blank", "D", null, null, " ", "", 0, false, true))));
        assertThat(SearchIndex.build(l).filter(ChannelFilter.ALL.withMissingGuide(true), Set.of()).keys())
                .containsExactly("nothing", "blank");
    }

    @Test
    void missingLogo() {
        assertThat(run(ChannelFilter.ALL.withMissingLogo(true), Set.of())).containsExactly("b", "e");
        assertThat(run(ChannelFilter.search("cnn").withMissingLogo(true), Set.of())).containsExactly("b");
    }

    @Test
    void hiddenIncludesChannelsOfHiddenGroups() {
        assertThat(run(ChannelFilter.ALL.withHidden(true), Set.of())).containsExactly("c", "d");
    }

    @Test
    void removedByProviderUsesTheGivenKeys() {
        assertThat(run(ChannelFilter.ALL.withRemovedByProvider(true), Set.of("f", "zz"))).containsExactly("f");
        assertThat(run(ChannelFilter.ALL.withRemovedByProvider(true), Set.of())).isEmpty();
    }

    @Test
    void duplicateNumbersFlagOnlyVisibleChannelsSharingANumber() {
        // 102 is on b (visible), c (hidden) and d (hidden group): no visible duplicate; 101 is on a and f
        assertThat(run(ChannelFilter.ALL.withDuplicateNumbers(true), Set.of())).containsExactly("a", "f");
        assertThat(Numbering.duplicates(L)).extracting(NumberingResult.DuplicateNumber::number).containsExactly(101);
    }

    @Test
    void resultsTellWhereEachMatchSits() {
        SearchIndex.FilterResult r = SearchIndex.build(L).filter(ChannelFilter.search("sport 10"), Set.of());
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.groupIndex(0)).isEqualTo(2);
        assertThat(r.channelIndex(0)).isEqualTo(1);
        assertThat(r.channel(0).name()).isEqualTo("Sport 10");
    }

    @Test
    void anUpdatedIndexSeesTheEditAndKeepsEverythingElse() {
        SearchIndex first = SearchIndex.build(L);
        Layout edited = ChannelEdits.setName("b", "Euronews").apply(L);
        SearchIndex second = first.update(edited);
        assertThat(second.filter(ChannelFilter.search("international"), Set.of()).keys()).isEmpty();
        assertThat(second.filter(ChannelFilter.search("euronews"), Set.of()).keys()).containsExactly("b");
        assertThat(second.filter(ChannelFilter.search("sport"), Set.of()).keys()).containsExactly("e", "f");
        assertThat(first.filter(ChannelFilter.search("international"), Set.of()).keys()).containsExactly("b");
    }

    @Test
    void theFastAsciiFoldAgreesWithChannelKeyNormalization() {
        for (String s : List.of("  UK: BBC One HD ", "US|ESPN-2 (East)", "[DE] Das Erste", "A__b..C", "", "---", "x+1", "Canal+ Sport 4K")) {
            assertThat(SearchIndex.fold(s)).as(s).isEqualTo(dev.lineup.model.ChannelKey.normalizeName(s));
        }
        assertThat(SearchIndex.fold("Télé")).isEqualTo("tele");
    }
}
