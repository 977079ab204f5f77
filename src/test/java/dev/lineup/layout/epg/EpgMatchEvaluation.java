package dev.lineup.layout.epg;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Shared by the quality test and {@code EpgMatchBench}: evaluation sets, report, synthetic timing. */
public final class EpgMatchEvaluation {
    private static final String[] BRANDS = {"Sky", "Star", "Nova", "Prime", "Canal", "Tele", "Rai", "Fox", "Zee",
            "Sony", "Viva", "Euro", "Max", "Planet", "Global", "Metro", "Alpha", "Delta", "Omega", "Sun", "Blue",
            "Red", "Gold", "Kino", "Cine", "Sport", "Music", "Kids", "News", "Travel"};
    private static final String[] WORDS = {"Cinema", "Sports", "News", "Drama", "Comedy", "Action", "Family",
            "Documentary", "History", "Nature", "Music", "Hits", "Classic", "Premiere", "Select", "Arena",
            "Football", "Golf", "Racing", "Kids", "Junior", "Life", "Style", "Food", "Home", "Science", "Crime",
            "Reality", "Movies", "Series", "Plus", "Extra", "Live", "World", "Local", "Central", "Network", "One"};
    private static final String[] COUNTRIES = {"uk", "us", "de", "fr", "es", "it", "ca", "nl", "pl", "br"};

    private EpgMatchEvaluation() {
    }

    static List<EvalSet> tuningSets() {
        return List.of(EvalSets.handmade("tune"));
    }

    static List<EvalSet> heldOutSets() {
        return List.of(EvalSets.handmade("heldout"), EvalSets.ukTwoSite(), EvalSets.corpus());
    }

    public static void printQuality(PrintStream out, boolean failures) {
        MatchOptions options = MatchOptions.defaults();
        out.println("threshold " + options.autoApplyThreshold());
        out.println("| set | channels | matchable | auto-applied | auto precision | auto recall | top-3 recall |");
        out.println("|---|---|---|---|---|---|---|");
        List<EvalReport> reports = new ArrayList<>();
        for (EvalSet s : tuningSets()) {
            reports.add(EvalReport.evaluate(s, options));
        }
        for (EvalSet s : heldOutSets()) {
            reports.add(EvalReport.evaluate(s, options));
        }
        reports.forEach(r -> out.println(r.row()));
        if (failures) {
            reports.forEach(r -> r.failures().forEach(f -> out.println(r.set() + ": " + f)));
        }
    }

    /** A guide of {@code guideSize} channels shaped like iptv-org lists, fixed seed. */
    public static List<GuideCandidate> syntheticGuide(int guideSize, long seed) {
        Random r = new Random(seed);
        List<GuideCandidate> guide = new ArrayList<>(guideSize);
        for (int i = 0; i < guideSize; i++) {
            String name = BRANDS[r.nextInt(BRANDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]
                    + (r.nextInt(3) == 0 ? " " + WORDS[r.nextInt(WORDS.length)] : "")
                    + (r.nextInt(4) == 0 ? " " + (1 + r.nextInt(9)) : "") + " " + Integer.toString(i, 36);
            String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String id = name.replace(" ", "") + "." + country;
            List<String> names = r.nextBoolean() ? List.of(name) : List.of(name, name + " HD");
            guide.add(new GuideCandidate("source" + (i % 3), i % 3, id, names, null));
        }
        return guide;
    }

    /** Layout channels: most are provider-styled guide names, the rest have no guide channel. */
    public static List<MatchChannel> syntheticChannels(List<GuideCandidate> guide, int count, long seed) {
        Random r = new Random(seed);
        List<MatchChannel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % 5 == 4) {
                String name = BRANDS[r.nextInt(BRANDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " Z" + i;
                out.add(new MatchChannel("c" + i, name, null, "Misc"));
            } else {
                GuideCandidate g = guide.get(r.nextInt(guide.size()));
                ProviderStyle.Styled s = ProviderStyle.decorate(g.displayNames().get(0),
                        COUNTRIES[r.nextInt(COUNTRIES.length)], true, r);
                out.add(new MatchChannel("c" + i, s.name(), null, "Group " + (i % 40)));
            }
        }
        return out;
    }

    public static void printTiming(PrintStream out, int channels, int guideSize, int runs) {
        List<GuideCandidate> guide = syntheticGuide(guideSize, 42L);
        List<MatchChannel> layout = syntheticChannels(guide, channels, 43L);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EpgMatcher matcher = new EpgMatcher(guide);
            long t1 = System.nanoTime();
            MatchResult result = matcher.match(layout, MatchOptions.defaults());
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            out.printf(Locale.ROOT, "run %d: %d channels × %d guide channels: index %.0f ms + match %.0f ms = %.0f ms wall,"
                            + " %.0f ms CPU of the matching thread; %d auto-applied%n", run, channels, guideSize,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, (c2 - c0) / 1e6, result.autoApplied().size());
        }
    }
}
