package dev.lineup.service.layouts;

import dev.lineup.layout.epg.ChannelMatch;
import dev.lineup.layout.epg.Countries;
import dev.lineup.layout.epg.EpgMatcher;
import dev.lineup.layout.epg.GuideCandidate;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.layout.epg.MatchChannel;
import dev.lineup.layout.epg.MatchControls;
import dev.lineup.layout.epg.MatchOptions;
import dev.lineup.layout.epg.MatchResult;
import dev.lineup.model.LayoutState;
import dev.lineup.model.GuideSourceChannel;
import dev.lineup.model.LayoutState;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutState;
import dev.lineup.model.LayoutState;
import dev.lineup.model.LayoutState;
import dev.lineup.model.Source;
import dev.lineup.model.LayoutState;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import dev.lineup.store.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guide matching over the database: a stored layout's channels against the channels of every guide
 * source (ranked in source-name order), and applying the confident proposals back to the layout in one
 * save. A channel the user mapped by hand is never proposed for nor changed.
 */
public final class StoredEpgMatch {
    /** Settings keys of the matching controls (see {@link #controls}). */
    public static final String SOURCES = "epg.sources";
    public static final String IGNORE_WORDS = "epg.ignore-words";
    public static final String COUNTRY = "epg.country.";

    /** Whether the user asked that channels a refresh adds to {@code layoutName} get their guide automatically. */
    public static boolean autoMatchOnRefresh(LineupStore store, String layoutName) {
        return store.layoutState().get(layoutName).map(LayoutState::autoMatchGuides).orElse(false);
    }

    private StoredEpgMatch() {
    }

    /** The proposals, the layout as saved (unchanged without apply) and how many channels were mapped. */
    public record Outcome(MatchResult result, Layout layout, int applied) {
    }

    /** Matches {@code layoutName}; with {@code apply}, maps every channel whose best proposal reaches the threshold. */
    public static Outcome run(LineupStore store, String layoutName, boolean apply) {
        return run(store, layoutName, apply, null);
    }

    /**
     * As {@link #run(LineupStore, String, boolean)}, for the layout's channels whose source key is in
     * {@code onlySourceKeys} (all when null): what a refresh does with the channels it added.
     */
    public static Outcome run(LineupStore store, String layoutName, boolean apply, java.util.Set<String> onlySourceKeys) {
        Layout layout = store.layouts().load(layoutName).orElseThrow(() ->
                new IllegalArgumentException("no layout named \"" + layoutName + "\" (see: lineup layout list)"));
        MatchOptions options = MatchOptions.defaults().withThreshold(threshold(store)).withControls(layoutName, controls(store));
        List<ResolvedChannel> resolved = store.resolver().resolve(layout);
        List<MatchChannel> channels = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            ResolvedChannel r = resolved.get(i);
            if (onlySourceKeys != null && !onlySourceKeys.contains(r.edit().sourceKey())) {
                continue;
            }
            String group = r.source() != null && r.source().group() != null ? r.source().group() : r.group().name();
            channels.add(new MatchChannel(Integer.toString(i), r.name(), r.tvgId(), group, r.edit().guideChannel()));
        }
        MatchResult result = new EpgMatcher(candidates(store)).match(channels, options);
        if (!apply || result.autoApplied().isEmpty()) {
            return new Outcome(result, layout, 0);
        }
        GuideProposal[] chosen = new GuideProposal[resolved.size()];
        for (ChannelMatch m : result.autoApplied()) {
            chosen[Integer.parseInt(m.channel().id())] = m.autoApplied().orElseThrow();
        }
        int[] next = {0};
        ChosenGuides.Mapped mapped = ChosenGuides.mapUnmapped(layout, c -> chosen[next[0]++]);
        store.layouts().save(mapped.layout());
        return new Outcome(result, mapped.layout(), mapped.applied());
    }

    /**
     * Every channel of every refreshed guide source, the first source (by name) ranked first, each with the
     * country setting {@code epg.country.SOURCE} gives its source (for ids and names that do not say one).
     */
    public static List<GuideCandidate> candidates(LineupStore store) {
        List<GuideCandidate> out = new ArrayList<>();
        int rank = 0;
        for (Source s : store.sources().list()) {
            if (s.kind() != SourceKind.EPG) {
                continue;
            }
            String country = sourceCountry(store, s.name());
            for (GuideSourceChannel g : store.sources().guideChannels(s.id())) {
                out.add(new GuideCandidate(s.name(), rank, g.channelId(), g.displayNames(), null, country));
            }
            rank++;
        }
        return out;
    }

    /**
     * The user's matching controls from the settings: {@code epg.ignore-words} (comma-separated),
     * {@code epg.sources} (guide source names in priority order, for every layout), {@code epg.sources.LAYOUT}
     * and {@code epg.sources.LAYOUT/GROUP} (for one layout or one of its groups).
     */
    public static MatchControls controls(LineupStore store) {
        Map<String, List<String>> sources = new HashMap<>();
        String ignore = "";
        for (Map.Entry<String, String> e : store.settings().all().entrySet()) {
            if (e.getKey().equals(SOURCES)) {
                sources.put("", MatchControls.list(e.getValue()));
            } else if (e.getKey().startsWith(SOURCES + ".")) {
                sources.put(e.getKey().substring(SOURCES.length() + 1), MatchControls.list(e.getValue()));
            } else if (e.getKey().equals(IGNORE_WORDS)) {
                ignore = e.getValue();
            }
        }
        return new MatchControls(sources, MatchControls.list(ignore));
    }

    /** Setting {@code epg.country.SOURCE}: a country code (UK, DE, …) or nothing. */
    static String sourceCountry(LineupStore store, String sourceName) {
        Optional<String> v = store.settings().get(COUNTRY + sourceName);
        if (v.isEmpty() || v.get().isBlank()) {
            return null;
        }
        if (Countries.code(v.get().strip()) == null) {
            throw new IllegalArgumentException("setting " + COUNTRY + sourceName + " must be a country code such as UK or DE, not \""
                    + v.get() + "\"");
        }
        return v.get().strip();
    }

    /** Setting {@code epg.auto-apply-threshold}, a number in [0,1]. */
    static double threshold(LineupStore store) {
        Optional<String> v = store.settings().get(Settings.EPG_AUTO_APPLY);
        try {
            double t = Double.parseDouble(v.orElse(Double.toString(MatchOptions.DEFAULT_THRESHOLD)).trim());
            if (t >= 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException("setting " + Settings.EPG_AUTO_APPLY + " must be a number from 0 to 1, not \""
                + v.orElse("") + "\"");
    }
}
