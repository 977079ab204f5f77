package dev.lineup.layout;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Small layouts the layout tests share, and views of them that read well in assertions. */
final class Fixtures {
    private Fixtures() {
    }

    static LayoutChannel ch(String key, String name, Integer number) {
        return LayoutChannel.of(key, name).withNumber(number);
    }

    static LayoutGroup group(String name, LayoutChannel... channels) {
        return new LayoutGroup(name, false, List.of(channels));
    }

    /** News: a b c d, Sport: e f, Kids: (empty). */
    static Layout sample() {
        return new Layout("Family", LayoutOptions.DEFAULTS, List.of(
                group("News", ch("a", "BBC One", 1), ch("b", "CNN", 2), ch("c", "Sky News", 3), ch("d", "Al Jazeera", 4)),
                group("Sport", ch("e", "ESPN", 10), ch("f", "Sky Sports 1", 11)),
                group("Kids")));
    }

    /** "Group: key key key | Group: ..." — the whole arrangement at a glance. */
    static String shape(Layout l) {
        return l.groups().stream()
                .map(g -> g.name() + ":" + g.channels().stream().map(c -> " " + c.sourceKey()).collect(Collectors.joining()))
                .collect(Collectors.joining(" | "));
    }

    static LayoutChannel find(Layout l, String key) {
        return l.channels().filter(c -> c.sourceKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no channel " + key + " in " + shape(l)));
    }

    static List<String> names(Layout l, String group) {
        return l.groups().get(LayoutOps.requireGroup(l, group)).channels().stream().map(LayoutChannel::name).toList();
    }

    /** A layout of {@code groups} groups with {@code perGroup} channels each, keys "k0".."kN". */
    static Layout big(int groups, int perGroup) {
        List<LayoutGroup> gs = new ArrayList<>();
        int k = 0;
        for (int g = 0; g < groups; g++) {
            List<LayoutChannel> chs = new ArrayList<>(perGroup);
            for (int i = 0; i < perGroup; i++, k++) {
                chs.add(new LayoutChannel("k" + k, "Channel " + k, k + 1, k % 7 == 0 ? null : "http://logo/" + k + ".png",
                        "ch" + k + ".tv", k % 3 == 0 ? null : "g" + k, 0, k % 11 == 0, true));
            }
            gs.add(new LayoutGroup("Group " + g, false, chs));
        }
        return new Layout("Big", LayoutOptions.DEFAULTS, gs);
    }
}
