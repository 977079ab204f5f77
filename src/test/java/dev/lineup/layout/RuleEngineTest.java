package dev.lineup.layout;

import static dev.lineup.layout.Fixtures.find;
import static dev.lineup.layout.Fixtures.sample;
import static dev.lineup.layout.Fixtures.shape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.layout.Rule.Actions;
import dev.lineup.layout.Rule.Match;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
    private static final SourceChannelRef ESPN2 = new SourceChannelRef("n1", "Provider A", "US| ESPN 2 HD", "Sports", "espn2.us", null);
    private static final SourceChannelRef TF1 = new SourceChannelRef("n2", "Provider B", "FR: TF1", "France", "tf1.fr", "http://l/tf1.png");
    private static final SourceChannelRef XXX = new SourceChannelRef("n3", "Provider A", "Adult 1", "XXX", null, null);

    private static Actions group(String g) {
        return new Actions(g, false, null, null, null, null, null);
    }

    private static Actions hide() {
        return new Actions(null, true, null, null, null, null, null);
    }

    private static Actions rename(String find, String replace) {
        return new Actions(null, false, find, replace, null, null, null);
    }

    private static Actions range(int from, int to) {
        return new Actions(null, false, null, null, from, to, null);
    }

    private static Actions shift(double h) {
        return new Actions(null, false, null, null, null, null, h);
    }

    private static Match name(String regex, boolean ignoreCase) {
        return new Match(null, null, regex, ignoreCase, null);
    }

    @Test
    void addToGroupPlacesAtTheEndOfAnExistingGroup() {
        RuleEngine.Result r = RuleEngine.apply(sample(), List.of(Rule.of("sports", new Match(null, "sports", null, false, null),
                group("Sport"))), List.of(ESPN2));
        assertThat(shape(r.layout())).isEqualTo("News: a b c d | Sport: e f n1 | Kids:");
        LayoutChannel c = find(r.layout(), "n1");
        assertThat(c.name()).isEqualTo("US| ESPN 2 HD");
        assertThat(c.tvgId()).isEqualTo("espn2.us");
        assertThat(r.report().createdGroups()).isEmpty();
    }

    @Test
    void addToGroupCreatesAMissingGroup() {
        RuleEngine.Result r = RuleEngine.apply(sample(), List.of(Rule.of("fr", new Match("provider b", null, null, false, null),
                group("France"))), List.of(TF1));
        assertThat(shape(r.layout())).endsWith("| France: n2");
        assertThat(r.report().createdGroups()).containsExactly("France");
    }

    @Test
    void matchOnTvgIdAndOnNameRegexWithAndWithoutIgnoreCase() {
        List<SourceChannelRef> news = List.of(ESPN2, TF1);
        assertThat(RuleEngine.dryRun(sample(), List.of(Rule.of("byId", new Match(null, null, null, false, "TF1.FR"), group("X"))), news)
                .placed()).extracting(p -> p.channel().sourceKey()).containsExactly("n2");
        assertThat(RuleEngine.dryRun(sample(), List.of(Rule.of("cs", name("espn", false), group("X"))), news).placed()).isEmpty();
        assertThat(RuleEngine.dryRun(sample(), List.of(Rule.of("ci", name("espn", true), group("X"))), news).placed())
                .extracting(p -> p.channel().sourceKey()).containsExactly("n1");
    }

    @Test
    void hideAccumulatesFromANonPlacingRule() {
        List<Rule> rules = List.of(Rule.of("adult hidden", new Match(null, "xxx", null, false, null), hide()),
                Rule.of("rest", Match.ANY, group("Other")));
        LayoutChannel c = find(RuleEngine.apply(sample(), rules, List.of(XXX)).layout(), "n3");
        assertThat(c.hidden()).isTrue();
    }

    @Test
    void renamesChainInRuleOrder() {
        List<Rule> rules = List.of(Rule.of("strip prefix", name("^\\w\\w[|:]\\s*", false), rename("^\\w\\w[|:]\\s*", "")),
                Rule.of("strip quality", name("\\bHD$", true), rename("\\s*\\bhd$", "")),
                Rule.of("place", Match.ANY, group("New")));
        RuleEngine.Result r = RuleEngine.apply(sample(), rules, List.of(ESPN2, TF1));
        assertThat(find(r.layout(), "n1").name()).isEqualTo("ESPN 2");
        assertThat(find(r.layout(), "n2").name()).isEqualTo("TF1");
        assertThat(r.report().placed().get(0).rules()).containsExactly("strip prefix", "strip quality", "place");
    }

    @Test
    void numberRangeGivesTheNextFreeNumberCountingChannelsPlacedInTheSameRun() {
        // sample uses 10 and 11; the range 10..13 has 12 and 13 free, so the third channel gets none
        List<Rule> rules = List.of(Rule.of("numbers", Match.ANY, new Actions("Sport", false, null, null, 10, 13, null)));
        RuleEngine.Result r = RuleEngine.apply(sample(), rules, List.of(ESPN2, TF1, XXX));
        assertThat(find(r.layout(), "n1").number()).isEqualTo(12);
        assertThat(find(r.layout(), "n2").number()).isEqualTo(13);
        assertThat(find(r.layout(), "n3").number()).isNull();
        assertThat(r.report().problems()).singleElement().asString().contains("no free number in 10..13", "Adult 1");
    }

    @Test
    void setShiftFromTheFirstRuleThatSetsOne() {
        List<Rule> rules = List.of(Rule.of("+1", name("\\+1$", false), shift(1)), Rule.of("fr", Match.ANY, shift(-1)),
                Rule.of("place", Match.ANY, group("New")));
        SourceChannelRef plusOne = new SourceChannelRef("p", "A", "ITV +1", null, null, null);
        Layout l = RuleEngine.apply(sample(), rules, List.of(plusOne, TF1)).layout();
        assertThat(find(l, "p").shiftHours()).isEqualTo(1.0);
        assertThat(find(l, "n2").shiftHours()).isEqualTo(-1.0);
    }

    @Test
    void firstPlacingRuleWinsAndLaterGroupsAreIgnored() {
        List<Rule> rules = List.of(Rule.of("sports", new Match(null, "Sports", null, false, null), group("Sport")),
                Rule.of("everything", Match.ANY, group("Inbox")));
        RuleReport report = RuleEngine.dryRun(sample(), rules, List.of(ESPN2, TF1));
        assertThat(report.placed()).extracting(RuleReport.Placement::group).containsExactly("Sport", "Inbox");
    }

    @Test
    void unplacedAlreadyPresentAndDisabledRules() {
        List<Rule> rules = List.of(new Rule("off", false, Match.ANY, group("Never")),
                Rule.of("fr", new Match(null, "France", null, false, null), group("France")));
        SourceChannelRef known = new SourceChannelRef("a", "A", "BBC One", "UK", null, null);
        RuleReport report = RuleEngine.dryRun(sample(), rules, List.of(ESPN2, TF1, known));
        assertThat(report.placed()).extracting(p -> p.channel().sourceKey()).containsExactly("n2");
        assertThat(report.unplaced()).containsExactly(ESPN2);
        assertThat(report.alreadyPresent()).containsExactly(known);
        assertThat(report.render()).contains("1 placed, 1 not placed by any rule, 1 already in the layout", "+ FR: TF1 -> France",
                "? US| ESPN 2 HD");
    }

    @Test
    void dryRunChangesNothingAndReportsExactlyWhatApplyDoes() {
        Layout before = sample();
        List<Rule> rules = List.of(Rule.of("all", Match.ANY, new Actions("Inbox", true, "^\\w\\w[|:] ", "", 500, 599, 2.0)));
        RuleReport dry = RuleEngine.dryRun(before, rules, List.of(ESPN2, TF1));
        assertThat(before).isEqualTo(sample());
        assertThat(dry).isEqualTo(RuleEngine.apply(before, rules, List.of(ESPN2, TF1)).report());
        assertThat(dry.placed()).extracting(RuleReport.Placement::name).containsExactly("ESPN 2 HD", "TF1");
        assertThat(dry.changesLayout()).isTrue();
    }

    @Test
    void badRulesAreRefusedWhenMadeNamingTheRule() {
        assertThatThrownBy(() -> Rule.of("broken", name("([", false), group("X")))
                .isInstanceOf(RuleException.class).hasMessageContaining("rule 'broken'").hasMessageContaining("invalid name pattern");
        assertThatThrownBy(() -> Rule.of("half", Match.ANY, new Actions(null, false, null, null, 5, null, null)))
                .hasMessageContaining("both numberFrom and numberTo");
        assertThatThrownBy(() -> Rule.of("down", Match.ANY, range(9, 1))).hasMessageContaining("ascending");
        assertThatThrownBy(() -> Rule.of("far", Match.ANY, shift(30))).hasMessageContaining("shiftHours");
        assertThatThrownBy(() -> Rule.of("orphan", Match.ANY, new Actions(null, false, null, "x", null, null, null)))
                .hasMessageContaining("renameReplace needs renameFind");
    }

    @Test
    void renameNeverErasesAName() {
        List<Rule> rules = List.of(Rule.of("wipe", Match.ANY, new Actions("X", false, ".*", "", null, null, null)));
        assertThat(RuleEngine.dryRun(sample(), rules, List.of(TF1)).placed().get(0).name()).isEqualTo("FR: TF1");
    }
}
