package dev.lineup.service.layouts;

import dev.lineup.layout.LayoutEditException;
import dev.lineup.layout.Rule;
import dev.lineup.layout.RuleEngine;
import dev.lineup.layout.RuleReport;
import dev.lineup.layout.RulesJson;
import dev.lineup.layout.SourceChannelRef;
import dev.lineup.model.LayoutState;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutState;
import dev.lineup.model.Source;
import dev.lineup.model.LayoutState;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.LayoutState;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A layout's rules kept in the database (the layout's {@code rules_json}, the {@link RulesJson}
 * document) and applied to the channels a refresh added: after every refresh of a playlist source,
 * each layout with rules gets the new channels its rules place, in one save per layout.
 */
public final class StoredRules {
    private StoredRules() {
    }

    /** The layout's rules, empty when it has none. */
    public static List<Rule> rules(LineupStore store, String layoutName) {
        Optional<String> json = store.layoutState().get(layoutName).map(LayoutState::rulesJson);
        if (json.isEmpty() || json.get().isBlank()) {
            return List.of();
        }
        try {
            return RulesJson.read(new StringReader(json.get()), "rules of layout '" + layoutName + "'");
        } catch (IOException e) {
            throw new LayoutEditException(e.getMessage(), e);
        }
    }

    /** Replaces the layout's rules (the layout must exist). */
    public static void setRules(LineupStore store, String layoutName, List<Rule> rules) {
        if (store.layouts().load(layoutName).isEmpty()) {
            throw new LayoutEditException("no layout named \"" + layoutName + "\" (see: lineup layout list)");
        }
        store.layoutState().setRules(layoutName, RulesJson.toJson(rules));
    }

    /** Ids of a source's stored channels (removed ones included): taken before a refresh to find what it added. */
    public static Set<Long> channelIds(LineupStore store, long sourceId) {
        Set<Long> ids = new HashSet<>();
        store.channels().forEachIdentity(sourceId, row -> ids.add(row.id()));
        return ids;
    }

    /** True when some layout has rules (otherwise a refresh need not look for new channels). */
    public static boolean anyRules(LineupStore store) {
        return store.layouts().names().stream().anyMatch(n -> !rules(store, n).isEmpty());
    }

    /** The source's active channels whose id is not in {@code before}, as the rules see them. */
    public static List<SourceChannelRef> added(LineupStore store, Source source, Set<Long> before) {
        List<SourceChannelRef> out = new ArrayList<>();
        for (SourceChannel c : store.channels().channels(source.id(), false)) {
            if (!before.contains(c.id())) {
                out.add(ref(source, c));
            }
        }
        return out;
    }

    /** Every active channel of every playlist source, for a dry run ("what would the rules take?"). */
    public static List<SourceChannelRef> allChannels(LineupStore store) {
        List<SourceChannelRef> out = new ArrayList<>();
        for (Source s : store.sources().list()) {
            if (s.kind() != SourceKind.EPG) {
                store.channels().channels(s.id(), false).forEach(c -> out.add(ref(s, c)));
            }
        }
        return out;
    }

    /**
     * Runs every layout's rules over {@code newChannels}; unless {@code dryRun}, saves each layout the
     * rules changed. Layouts without rules are left out of the result.
     */
    public static Map<String, RuleReport> applyToAll(LineupStore store, List<SourceChannelRef> newChannels,
                                                     boolean dryRun) {
        Map<String, RuleReport> reports = new LinkedHashMap<>();
        if (newChannels.isEmpty()) {
            return reports;
        }
        for (String name : store.layouts().names()) {
            List<Rule> rules = rules(store, name);
            if (!rules.isEmpty()) {
                reports.put(name, apply(store, name, rules, newChannels, dryRun));
            }
        }
        return reports;
    }

    /** Runs {@code rules} over {@code channels} for one layout; saves the result unless {@code dryRun}. */
    public static RuleReport apply(LineupStore store, String layoutName, List<Rule> rules,
                                   List<SourceChannelRef> channels, boolean dryRun) {
        Layout layout = store.layouts().load(layoutName).orElseThrow(() ->
                new LayoutEditException("no layout named \"" + layoutName + "\" (see: lineup layout list)"));
        RuleEngine.Result r = RuleEngine.apply(layout, rules, channels);
        if (!dryRun && r.report().changesLayout()) {
            store.layouts().save(r.layout());
        }
        return r.report();
    }

    static SourceChannelRef ref(Source s, SourceChannel c) {
        return new SourceChannelRef(c.ref(), s.name(), c.name(), c.group(), c.tvgId(), c.logo());
    }
}
