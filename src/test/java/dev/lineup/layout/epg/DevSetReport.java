package dev.lineup.layout.epg;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Predicate;

/** Runs the matcher on the matching-dev set and prints the score.py figures: halves, kinds, countries. */
public final class DevSetReport {
    private DevSetReport() {
    }

    static MatchResult run(DevSet set) {
        return new EpgMatcher(set.guide()).match(set.channels(), MatchOptions.defaults());
    }

    /** Prints the tables; with {@code errors}, lists wrong auto-applies and top-3 misses of the tuning half only. */
    public static void print(PrintStream out, boolean errors) {
        DevSet set = DevSet.load();
        MatchResult r = run(set);
        double t = MatchOptions.DEFAULT_THRESHOLD;
        Predicate<String> all = n -> true;
        Predicate<String> tune = DevSetScore.countries(set, DevSet.TUNING);
        Predicate<String> check = DevSetScore.countries(set, DevSet.CHECKING);
        out.println(DevSetScore.header("matching-dev"));
        out.println(DevSetScore.score("whole set", set, r, t, all).row());
        out.println(DevSetScore.score("tuning half " + DevSet.TUNING.stream().sorted().toList(), set, r, t, tune).row());
        out.println(DevSetScore.score("checking half " + DevSet.CHECKING.stream().sorted().toList(), set, r, t, check).row());
        out.println();
        out.println(DevSetScore.header("kind"));
        DevSetScore.by(set.kind(), set, r, t, all).forEach(s -> out.println(s.row()));
        out.println();
        out.println(DevSetScore.header("country"));
        List<DevSetScore> byCountry = DevSetScore.by(set.country(), set, r, t, all);
        byCountry.forEach(s -> out.println(s.row() + (DevSet.TUNING.contains(s.label()) ? " tuning" : " checking")));
        if (errors) {
            DevSetScore.score("tuning", set, r, t, tune).errors().forEach(out::println);
        }
        if (System.getProperty("devset.low") != null) {
            for (ChannelMatch m : r.matches()) {
                String n = m.channel().name();
                if (tune.test(n) && !m.candidates().isEmpty() && set.right(n, m.candidates().get(0).guideId())
                        && m.candidates().get(0).confidence() < t) {
                    out.println("low: " + n + " [" + m.channel().group() + "] -> " + m.candidates().stream().limit(3)
                            .map(p -> p.guideId() + " " + p.confidence()).toList() + " : " + m.candidates().get(0).reason());
                }
            }
        }
    }

    public static void main(String[] args) {
        print(System.out, args.length > 0 && args[0].equals("--errors"));
    }
}
