package dev.lineup.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a layout's values may be, checked wherever a layout comes in (a layout file, the editor's
 * service) so a bad one is refused with a sentence instead of breaking every later output: the name
 * (it becomes file names and a folder), the time shift of each channel, the guide's day window.
 * Each check returns the problem as words, or null when the value is fine.
 */
public final class LayoutValues {
    public static final int MAX_NAME_LENGTH = 100;
    public static final double MAX_SHIFT_HOURS = 24;
    public static final int MAX_GUIDE_DAYS = 60;

    private LayoutValues() {
    }

    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "a layout needs a name";
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            return "the layout name is longer than " + MAX_NAME_LENGTH + " characters";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "the layout name \"" + name.replaceAll("\\p{Cntrl}", "?") + "\" contains a line break or another "
                    + "control character";
        }
        if (!name.equals(name.strip())) {
            return "the layout name \"" + name + "\" starts or ends with a space";
        }
        return null;
    }

    public static String shiftProblem(double hours) {
        return Math.abs(hours) <= MAX_SHIFT_HOURS ? null
                : "the time shift " + hours + " is not between -" + (int) MAX_SHIFT_HOURS + " and "
                        + (int) MAX_SHIFT_HOURS + " hours";
    }

    public static String daysProblem(String what, Integer days) {
        return days == null || (days >= 0 && days <= MAX_GUIDE_DAYS) ? null
                : what + " " + days + " is not between 0 and " + MAX_GUIDE_DAYS + " days";
    }

    /** The first problem of a whole layout (name, day window, every channel's shift), or null. */
    public static String problem(Layout layout) {
        String p = nameProblem(layout.name());
        if (p == null) {
            p = daysProblem("guideDaysBack", layout.options().guideDaysBack());
        }
        if (p == null) {
            p = daysProblem("guideDaysAhead", layout.options().guideDaysAhead());
        }
        if (p == null) {
            p = layout.timing().problem();
        }
        for (LayoutGroup g : layout.groups()) {
            if (p == null && g.timing().problem() != null) {
                p = "group '" + g.name() + "': " + g.timing().problem();
            }
            for (int i = 0; p == null && i < g.channels().size(); i++) {
                String s = g.channels().get(i).timing().problem();
                if (s != null) {
                    p = "group '" + g.name() + "' channel " + (i + 1) + ": " + s;
                }
            }
        }
        return p;
    }

    /**
     * The base name of a layout's files: lower case, accents removed, runs of anything but letters
     * and digits turned into one '-' ("Family TV" → {@code family-tv}); "layout" when nothing is left.
     * Two layouts with the same file name would overwrite each other's output, so that is refused.
     */
    public static String fileName(String layoutName) {
        String d = Normalizer.normalize(layoutName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "layout" : slug;
    }

    /**
     * Why {@code name} cannot sit beside {@code others} (the other layouts' names): its files would be
     * the same as one of theirs. Null when it can.
     */
    public static String fileNameClash(String name, Iterable<String> others) {
        String mine = fileName(name);
        for (String other : others) {
            if (!other.equals(name) && fileName(other).equals(mine)) {
                return "layouts '" + other + "' and '" + name + "' would both write " + mine + ".m3u and "
                        + mine + ".xml; give one of them another name";
            }
        }
        return null;
    }
}
