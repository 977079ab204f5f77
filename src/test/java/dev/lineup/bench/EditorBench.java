package dev.lineup.bench;

import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.ChannelFilter;
import dev.lineup.layout.LayoutEditor;
import dev.lineup.layout.Numbering;
import dev.lineup.layout.NumberingOptions;
import dev.lineup.layout.SearchIndex;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Editor speed on a 100k-channel layout: a filter keystroke (search index query), index refresh after
 * an edit, a bulk move of 1,000 channels scattered over many groups, its undo and redo, renumbering
 * everything. Prints median and worst of repeated runs after a warm-up.
 * Run: {@code src/bench/run.sh EditorBench [channels]}.
 */
public final class EditorBench {
    private static final String[] PREFIX = {"UK: ", "US| ", "[DE] ", "FR: ", "", "ES: ", "|IT| "};
    private static final String[] WORDS = {"BBC", "Sky", "Sport", "News", "Télé", "Cinéma", "Kids", "Music",
        "Discovery", "Movies", "Premier", "Canal+", "Ñoño", "Action", "Comedy", "Docs", "Weather", "History"};
    private static final String[] TAIL = {" HD", " FHD", " 4K", "", " SD", " +1"};

    private EditorBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Layout layout = build(n, 500);
        System.out.printf("layout: %,d channels in %d groups; JVM max heap %d MB%n", n, layout.groups().size(),
                Runtime.getRuntime().maxMemory() >> 20);

        time("search index build (cold, once per load)", 5, () -> SearchIndex.build(layout));
        SearchIndex index = SearchIndex.build(layout);
        String typed = "sky sport 1";
        for (int i = 1; i <= typed.length(); i++) {
            String q = typed.substring(0, i);
            time("keystroke '" + q + "'", 30, () -> index.filter(ChannelFilter.search(q), Set.of()).size());
        }
        time("keystroke 'news' + missing guide + missing logo", 30, () ->
                index.filter(ChannelFilter.search("news").withMissingGuide(true).withMissingLogo(true), Set.of()).size());
        time("duplicate-number scan (first duplicates filter per version)", 10, () ->
                Numbering.duplicateKeys(layout).size());

        List<String> keys = layout.channels().map(LayoutChannel::sourceKey).toList();
        Random rnd = new Random(42);
        List<String> thousand = new ArrayList<>();
        while (thousand.size() < 1000) {
            thousand.add(keys.get(rnd.nextInt(keys.size())));
        }
        Set<String> sel = Set.copyOf(thousand);
        LayoutEditor editor = new LayoutEditor(layout);
        String target = layout.groups().get(250).name();
        time("bulk move 1,000 scattered channels (edit)", 20, () -> {
            editor.apply(ChannelEdits.move(sel, target, 10));
            long t = editor.layout().groups().get(250).channels().size();
            editor.undo();
            return t;
        });
        editor.apply(ChannelEdits.move(sel, target, 10));
        time("undo of that move", 20, () -> {
            editor.undo();
            editor.redo();
            return editor.version();
        });
        time("index refresh after a one-channel rename", 20, () -> {
            editor.apply(ChannelEdits.setName(keys.get(rnd.nextInt(keys.size())), "Renamed " + rnd.nextInt()));
            return editor.searchIndex().size();
        });
        time("renumber all 100k channels from 1 (edit)", 5, () -> {
            editor.apply(Numbering.renumberEdit(keys, 1 + rnd.nextInt(1000), NumberingOptions.DEFAULT));
            return editor.version();
        });
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after all runs (history %d steps): %d MB%n", editor.undoDepth(),
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    static Layout build(int n, int groups) {
        Random rnd = new Random(7);
        List<LayoutGroup> gs = new ArrayList<>();
        int per = n / groups;
        int k = 0;
        for (int g = 0; g < groups; g++) {
            List<LayoutChannel> chs = new ArrayList<>(per);
            for (int i = 0; i < per; i++, k++) {
                String name = PREFIX[rnd.nextInt(PREFIX.length)] + WORDS[rnd.nextInt(WORDS.length)] + " "
                        + WORDS[rnd.nextInt(WORDS.length)] + " " + (1 + rnd.nextInt(20)) + TAIL[rnd.nextInt(TAIL.length)];
                chs.add(new LayoutChannel("xtream:" + k, name, k + 1, rnd.nextInt(5) == 0 ? null : "http://logo/" + k,
                        "ch" + k + ".tv", rnd.nextInt(3) == 0 ? null : "guide" + k, 0, rnd.nextInt(20) == 0, true));
            }
            gs.add(new LayoutGroup("Group " + g, false, chs));
        }
        return new Layout("Bench", LayoutOptions.DEFAULTS, gs);
    }

    private static void time(String what, int runs, Supplier<Object> task) {
        Object sink = null;
        for (int i = 0; i < 3; i++) {
            sink = task.get();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = task.get();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf("%-55s median %8.2f ms   max %8.2f ms   (%s)%n", what, ns[runs / 2] / 1e6, ns[runs - 1] / 1e6, sink);
    }
}
