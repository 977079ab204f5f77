package dev.lineup.service.layouts;

import dev.lineup.layout.HealthReport;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.layout.epg.GuideProposal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The layout power tools for the desktop's Tools screen: health, guide matching, rules and numbering
 * of one stored layout. Every method may block (database, files); the screens call them in background
 * tasks. Layouts are named as the user sees them.
 */
public interface LayoutToolsService {

    /** Layout names, A–Z. */
    List<String> layoutNames();

    /** The counts of {@code lineup health LAYOUT}. */
    HealthReport health(String layout);

    /** One channel without a guide and its best proposal (null when nothing matched). */
    record GuideRow(String sourceKey, String channel, String group, GuideProposal best, int candidates) {
    }

    /** Proposals for every channel that has no guide mapping of its own; nothing is saved. */
    record GuideMatches(double threshold, List<GuideRow> rows) {
        public GuideMatches {
            rows = List.copyOf(rows);
        }
    }

    GuideMatches findGuides(String layout);

    /** Maps the chosen channels (by source key) in one save, never over a mapping the user made; returns how many changed. */
    int applyGuides(String layout, Map<String, GuideProposal> chosen);

    /** Setting {@code epg.auto-apply-threshold}, in [0,1]. */
    double autoApplyThreshold();

    /** Saves the threshold; {@link IllegalArgumentException} outside [0,1]. */
    void setAutoApplyThreshold(double threshold);

    /** The layout's rules, in order. */
    List<Rule> rules(String layout);

    void saveRules(String layout, List<Rule> rules);

    /** What {@code rules} would do with every provider channel not yet in the layout; nothing is saved. */
    RuleReport dryRunRules(String layout, List<Rule> rules);

    /** Runs {@code rules} over every provider channel not yet in the layout and saves what they place. */
    RuleReport applyRules(String layout, List<Rule> rules);

    /** Reads a rules JSON file; the error names the file and line. */
    List<Rule> importRules(Path file) throws IOException;

    /** Writes rules JSON, replacing the file only once it is complete. */
    void exportRules(List<Rule> rules, Path file) throws IOException;

    /** A group of the layout as the numbering tool lists it. */
    record GroupInfo(String name, int channels, boolean hidden) {
    }

    List<GroupInfo> groups(String layout);

    /** The numbers one group would get: {@code first}..{@code last} over {@code numbered} channels (nulls when none). */
    record GroupRange(String group, Integer first, Integer last, int numbered) {
    }

    /** A number several visible channels would share, with the channels' names. */
    record Duplicate(int number, List<String> channels) {
        public Duplicate {
            channels = List.copyOf(channels);
        }
    }

    /** What numbering would do (or did): ranges per group, channels whose number changes, overflows, duplicates. */
    record NumberingPreview(List<GroupRange> ranges, int changed, List<String> overflows, List<Duplicate> duplicates) {
        public NumberingPreview {
            ranges = List.copyOf(ranges);
            overflows = List.copyOf(overflows);
            duplicates = List.copyOf(duplicates);
        }
    }

    /** Numbers each group in {@code starts} from its start; nothing is saved. */
    NumberingPreview previewNumbering(String layout, Map<String, Integer> starts, NumberingOptions options);

    /** The same, saved as one change. */
    NumberingPreview applyNumbering(String layout, Map<String, Integer> starts, NumberingOptions options);
}
