package dev.lineup.layout;

/** A count with its noun, singular for one: "1 group", "2 groups" (never "1 groups"). */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and {@code word}, with an "s" unless {@code n} is one (the nouns we count are all regular). */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
