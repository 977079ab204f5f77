package dev.lineup.service.layouts;

import dev.lineup.files.TempFiles;
import dev.lineup.layout.HealthReport;
import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.layout.NumberingResult;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleReport;
import dev.lineup.layout.RulesJson;
import dev.lineup.layout.epg.ChannelMatch;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.layout.epg.MatchOptions;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.store.LineupStore;
import dev.lineup.store.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tools screen's and {@code lineup layout rules|health|epg}'s service over the database: health, guide
 * matching, rules and numbering of a layout, through the engine's stored tools. Call off the UI thread.
 */
public final class LayoutToolsService {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutToolsService.class);
    private final LineupStore store;

    /** One channel without a guide and its best proposal (null when nothing matched). */
    public record GuideRow(String sourceKey, String channel, String group, GuideProposal best, int candidates) {
    }

    /** Proposals for every channel that has no guide mapping of its own; nothing is saved. */
    public record GuideMatches(double threshold, List<GuideRow> rows) {
        public GuideMatches {
            rows = List.copyOf(rows);
        }
    }

    /** A group of the layout as the numbering tool lists it. */
    public record GroupInfo(String name, int channels, boolean hidden) {
    }

    /** The numbers one group would get: {@code first}..{@code last} over {@code numbered} channels (nulls when none). */
    public record GroupRange(String group, Integer first, Integer last, int numbered) {
    }

    /** A number several visible channels would share, with the channels' names. */
    public record Duplicate(int number, List<String> channels) {
        public Duplicate {
            channels = List.copyOf(channels);
        }
    }

    /** What numbering would do (or did): ranges per group, channels whose number changes, overflows, duplicates. */
    public record NumberingPreview(List<GroupRange> ranges, int changed, List<String> overflows, List<Duplicate> duplicates) {
        public NumberingPreview {
            ranges = List.copyOf(ranges);
            overflows = List.copyOf(overflows);
            duplicates = List.copyOf(duplicates);
        }
    }

    public LayoutToolsService(LineupStore store) {
        this.store = store;
    }

    /** Layout names, A–Z. */
    public List<String> layoutNames() {
        return store.layouts().names();
    }

    /** The counts of {@code lineup health LAYOUT}. */
    public HealthReport health(String layout) {
        return StoredHealth.check(store, layout);
    }

    /** Whether the layout gives channels without a guide placeholder programmes (off for a new layout). */
    public boolean placeholderGuides(String layout) {
        return store.layouts().options(layout).map(dev.lineup.model.LayoutOptions::placeholderGuides)
                .orElseThrow(() -> new LayoutEditException("no layout named \"" + layout + "\" (see: lineup layout list)"));
    }

    /** Switches the layout's placeholder programmes on or off; its next output follows. */
    public void setPlaceholderGuides(String layout, boolean on) {
        try {
            store.layouts().setPlaceholderGuides(layout, on);
        } catch (IllegalArgumentException e) {
            throw new LayoutEditException(e.getMessage());
        }
    }

    public GuideMatches findGuides(String layout) {
        StoredEpgMatch.Outcome o = StoredEpgMatch.run(store, layout, false);
        // The matcher names channels by their position in the layout it loaded.
        List<LayoutChannel> flat = o.layout().channels().toList();
        List<String> groups = new ArrayList<>(flat.size());
        o.layout().groups().forEach(g -> g.channels().forEach(c -> groups.add(g.name())));
        List<GuideRow> rows = new ArrayList<>();
        for (ChannelMatch m : o.result().matches()) {
            int i = Integer.parseInt(m.channel().id());
            rows.add(new GuideRow(flat.get(i).sourceKey(), m.channel().name(), groups.get(i),
                    m.best().orElse(null), m.candidates().size()));
        }
        return new GuideMatches(o.result().autoApplyThreshold(), rows);
    }

    /** Maps the chosen channels (by source key) in one save, never over a mapping the user made; returns how many changed. */
    public int applyGuides(String layout, Map<String, GuideProposal> chosen) {
        int n = ChosenGuides.apply(store, layout, chosen);
        LOG.info("layout '{}': mapped {} channels to guides", layout, n);
        return n;
    }

    /** Guide matching as {@code lineup epg match} runs it: every candidate; {@code apply} saves the confident ones. */
    public StoredEpgMatch.Outcome matchGuides(String layout, boolean apply) {
        return StoredEpgMatch.run(store, layout, apply);
    }

    /** Setting {@code epg.auto-apply-threshold}, in [0,1]. */
    public double autoApplyThreshold() {
        String v = store.settings().get(Settings.EPG_AUTO_APPLY).orElse("");
        try {
            double t = Double.parseDouble(v.trim());
            return t >= 0 && t <= 1 ? t : MatchOptions.DEFAULT_THRESHOLD;
        } catch (NumberFormatException e) {
            return MatchOptions.DEFAULT_THRESHOLD;
        }
    }

    /** Saves the threshold; {@link IllegalArgumentException} outside [0,1]. */
    public void setAutoApplyThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the auto-apply threshold must be from 0 to 1, not " + threshold);
        }
        store.settings().set(Settings.EPG_AUTO_APPLY, String.format(Locale.ROOT, "%.2f", threshold));
    }

    /** The layout's rules, in order. */
    public List<Rule> rules(String layout) {
        return StoredRules.rules(store, layout);
    }

    public void saveRules(String layout, List<Rule> rules) {
        StoredRules.setRules(store, layout, rules);
    }

    /** What {@code rules} would do with every provider channel not yet in the layout; nothing is saved. */
    public RuleReport dryRunRules(String layout, List<Rule> rules) {
        return StoredRules.apply(store, layout, rules, StoredRules.allChannels(store), true);
    }

    /** Runs {@code rules} over every provider channel not yet in the layout and saves what they place. */
    public RuleReport applyRules(String layout, List<Rule> rules) {
        RuleReport r = StoredRules.apply(store, layout, rules, StoredRules.allChannels(store), false);
        LOG.info("layout '{}': rules placed {} channels", layout, r.placed().size());
        return r;
    }

    /** Reads a rules JSON file; the error names the file and line. */
    public List<Rule> importRules(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return RulesJson.read(in, file.getFileName().toString());
        }
    }

    /** Writes rules JSON, replacing the file only once it is complete. */
    public void exportRules(List<Rule> rules, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, TempFiles.name("rules"), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                RulesJson.write(rules, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public List<GroupInfo> groups(String layout) {
        return load(layout).groups().stream()
                .map(g -> new GroupInfo(g.name(), g.channels().size(), g.hidden())).toList();
    }

    /** Numbers each group in {@code starts} from its start; nothing is saved. */
    public NumberingPreview previewNumbering(String layout, Map<String, Integer> starts, NumberingOptions options) {
        Layout before = load(layout);
        return NumberingPreviews.of(store, before, Numbering.numberGroups(before, starts, options), starts.keySet());
    }

    /** The same, saved as one change. */
    public NumberingPreview applyNumbering(String layout, Map<String, Integer> starts, NumberingOptions options) {
        Layout before = load(layout);
        NumberingResult r = Numbering.numberGroups(before, starts, options);
        store.layouts().save(r.layout());
        LOG.info("layout '{}': numbered {} groups", layout, starts.size());
        return NumberingPreviews.of(store, before, r, starts.keySet());
    }

    private Layout load(String name) {
        return store.layouts().load(name).orElseThrow(() ->
                new LayoutEditException("no layout named \"" + name + "\" (see: lineup layout list)"));
    }
}
