package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.ch;
import static dev.lineup.layout.Fixtures.group;
import static dev.lineup.layout.Fixtures.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameEditsTest {
    private static final Layout L = new Layout("L", null, List.of(group("G",
            ch("1", "UK: BBC One HD", null), ch("2", "uk: ITV 1 hd", null), ch("3", "US: CNN (1+2)", null))));
    private static final Set<String> ALL = Set.of("1", "2", "3");

    @Test
    void plainFindReplaceIsLiteralAndCaseSensitiveUnlessAsked() {
        assertThat(names(NameEdits.findReplace(ALL, "UK: ", "", false, false).apply(L), "G"))
                .containsExactly("BBC One HD", "uk: ITV 1 hd", "US: CNN (1+2)");
        assertThat(names(NameEdits.findReplace(ALL, "uk: ", "", false, true).apply(L), "G"))
                .containsExactly("BBC One HD", "ITV 1 hd", "US: CNN (1+2)");
        // regex metacharacters in plain mode are just text, so is "$" in the replacement
        assertThat(names(NameEdits.findReplace(ALL, "(1+2)", "$1", false, false).apply(L), "G"))
                .containsExactly("UK: BBC One HD", "uk: ITV 1 hd", "US: CNN $1");
    }

    @Test
    void regexFindReplaceWithGroupsAndIgnoreCase() {
        Layout l = NameEdits.findReplace(ALL, "^(\\w\\w): (.*?)\\s+hd$", "$2 ($1)", true, true).apply(L);
        assertThat(names(l, "G")).containsExactly("BBC One (UK)", "ITV 1 (uk)", "US: CNN (1+2)");
    }

    @Test
    void onlySelectedChannelsAreRenamed() {
        assertThat(names(NameEdits.upperCase(Set.of("2")).apply(L), "G"))
                .containsExactly("UK: BBC One HD", "UK: ITV 1 HD", "US: CNN (1+2)");
    }

    @Test
    void sentenceCaseKeepsQualityTagsInCapitals() {
        assertThat(names(NameEdits.sentenceCase(ALL).apply(L), "G"))
                .containsExactly("Uk: bbc one HD", "Uk: itv 1 HD", "Us: cnn (1+2)");
        assertThat(NameEdits.sentence("4K NATURE ÉCRAN")).isEqualTo("4K nature écran");
        assertThat(NameEdits.sentence("élan fhd")).isEqualTo("Élan FHD");
    }

    @Test
    void prefixAndSuffixAreNotAddedTwice() {
        Layout once = NameEdits.prefixSuffix(ALL, "★ ", " HD").apply(L);
        assertThat(names(once, "G")).containsExactly("★ UK: BBC One HD", "★ uk: ITV 1 hd HD", "★ US: CNN (1+2) HD");
        assertThat(NameEdits.prefixSuffix(ALL, "★ ", " HD").apply(once)).isEqualTo(once);
    }

    @Test
    void aRenameThatWouldEmptyANameIsRefusedWhole() {
        assertThatThrownBy(() -> NameEdits.findReplace(ALL, ".*HD$", "", true, false).apply(L))
                .isInstanceOf(LayoutEditException.class)
                .hasMessageContaining("1 channel without a name, first 'UK: BBC One HD'");
    }

    @Test
    void badRegexIsReportedClearly() {
        assertThatThrownBy(() -> NameEdits.findReplace(ALL, "([a-z", "", true, false))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("invalid regular expression '([a-z'");
        assertThatThrownBy(() -> NameEdits.findReplace(ALL, "(UK)", "$7", true, false).apply(L))
                .isInstanceOf(LayoutEditException.class).hasMessageContaining("invalid replacement");
    }
}
