package dev.lineup.layout;

import dev.lineup.layout.NumberingResult.DuplicateNumber;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Counts what needs fixing in a layout, for {@code lineup health} and the editor's status line. */
public final class LayoutHealth {
    private LayoutHealth() {
    }

    /**
     * @param removedKeys   source keys the provider no longer lists (kept as "removed by provider")
     * @param lastPublished when the layout was last published, null if never
     */
    public static HealthReport check(Layout layout, Set<String> removedKeys, Instant lastPublished) {
        int channels = 0;
        int visible = 0;
        int unmapped = 0;
        int noLogo = 0;
        int empty = 0;
        Set<String> removed = new HashSet<>();
        for (LayoutGroup g : layout.groups()) {
            if (g.channels().isEmpty()) {
                empty++;
            }
            for (LayoutChannel c : g.channels()) {
                channels++;
                if (removedKeys.contains(c.sourceKey())) {
                    removed.add(c.sourceKey());
                }
                if (g.hidden() || c.hidden()) {
                    continue;
                }
                visible++;
                unmapped += blank(c.guideChannel()) ? 1 : 0;
                noLogo += blank(c.logo()) ? 1 : 0;
            }
        }
        List<DuplicateNumber> dups = Numbering.duplicates(layout);
        int dupChannels = dups.stream().mapToInt(d -> d.sourceKeys().size()).sum();
        return new HealthReport(layout.name(), layout.groups().size(), channels, visible, unmapped, noLogo,
                dups.size(), dupChannels, removed.size(), empty, lastPublished);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
