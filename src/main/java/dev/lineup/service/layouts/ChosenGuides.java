package dev.lineup.service.layouts;

import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.store.LineupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies guide proposals the user picked (rather than every confident one, which is what
 * {@link StoredEpgMatch#run} with apply does). One save for the whole choice, so it is one step; a
 * channel that meanwhile got a mapping of its own keeps it.
 */
public final class ChosenGuides {
    private ChosenGuides() {
    }

    /**
     * Maps each channel whose source key is in {@code chosen} to that proposal's guide id (and its shift
     * when it has one); every copy of a key in the layout gets it. Returns how many channels changed.
     */
    public static int apply(LineupStore store, String layoutName, Map<String, GuideProposal> chosen) {
        if (chosen.isEmpty()) {
            return 0;
        }
        Layout layout = store.layouts().load(layoutName).orElseThrow(() ->
                new IllegalArgumentException("no layout named \"" + layoutName + "\" (see: lineup layout list)"));
        Mapped m = mapUnmapped(layout, c -> chosen.get(c.sourceKey()));
        if (m.applied() > 0) {
            store.layouts().save(m.layout());
        }
        return m.applied();
    }

    /** A layout with guides mapped, and how many channels got one. */
    record Mapped(Layout layout, int applied) {
    }

    /**
     * {@code layout} with each channel that has no guide of its own mapped to the proposal {@code pick} gives
     * it (null: none). {@code pick} is asked once per channel, in layout order.
     */
    static Mapped mapUnmapped(Layout layout, Function<LayoutChannel, GuideProposal> pick) {
        List<LayoutGroup> groups = new ArrayList<>();
        int applied = 0;
        for (LayoutGroup g : layout.groups()) {
            List<LayoutChannel> chs = new ArrayList<>(g.channels().size());
            for (LayoutChannel c : g.channels()) {
                GuideProposal p = pick.apply(c);
                if (p != null && (c.guideChannel() == null || c.guideChannel().isBlank())) {
                    LayoutChannel mapped = c.withGuideChannel(p.guideId());
                    chs.add(p.shiftHours() != 0 ? mapped.withShiftHours(p.shiftHours()) : mapped);
                    applied++;
                } else {
                    chs.add(c);
                }
            }
            groups.add(g.withChannels(chs));
        }
        return new Mapped(layout.withGroups(groups), applied);
    }
}
