package dev.lineup.layout;

import static dev.lineup.layout.LayoutOps.plural;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Bulk renames of the selected channels, each one undoable step. A rename that would leave a
 * channel without a name is refused as a whole, naming the first such channel, so nothing is half done.
 */
public final class NameEdits {
    /** Kept in capitals by Sentence case: nobody wants "Bbc one hd". */
    private static final Set<String> TAGS = Set.of("HD", "FHD", "UHD", "SD", "4K", "8K", "HEVC", "H265", "TV");

    private NameEdits() {
    }

    /**
     * Find/replace in names. Plain text is matched literally; with {@code regex} the replacement may
     * use {@code $1} groups. {@code ignoreCase} is Unicode-aware.
     */
    public static LayoutEdit findReplace(Collection<String> keys, String find, String replace, boolean regex,
                                         boolean ignoreCase) {
        if (find == null || find.isEmpty()) {
            throw new LayoutEditException("text to find must not be empty");
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        Pattern p;
        try {
            p = Pattern.compile(regex ? find : Pattern.quote(find), flags);
        } catch (PatternSyntaxException e) {
            throw new LayoutEditException("invalid regular expression '" + find + "': " + e.getDescription(), e);
        }
        String with = replace == null ? "" : (regex ? replace : Matcher.quoteReplacement(replace));
        return rename("Replace '" + find + "' in", keys, name -> {
            try {
                return p.matcher(name).replaceAll(with);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new LayoutEditException("invalid replacement '" + replace + "': " + e.getMessage(), e);
            }
        });
    }

    public static LayoutEdit upperCase(Collection<String> keys) {
        return rename("UPPER case", keys, n -> n.toUpperCase(Locale.ROOT));
    }

    /** First letter capital, the rest lower case, except quality tags such as HD and 4K. */
    public static LayoutEdit sentenceCase(Collection<String> keys) {
        return rename("Sentence case", keys, NameEdits::sentence);
    }

    /** Adds a prefix and/or suffix; a name that already starts (ends) with it is not given it twice. */
    public static LayoutEdit prefixSuffix(Collection<String> keys, String prefix, String suffix) {
        String p = prefix == null ? "" : prefix;
        String s = suffix == null ? "" : suffix;
        return rename("Add prefix/suffix to", keys,
                n -> (n.startsWith(p) ? "" : p) + n + (n.endsWith(s) ? "" : s));
    }

    static String sentence(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ", -1);
        StringBuilder b = new StringBuilder(name.length());
        boolean first = true;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                b.append(' ');
            }
            if (TAGS.contains(w.toUpperCase(Locale.ROOT))) {
                b.append(w.toUpperCase(Locale.ROOT));
                first &= w.isEmpty();
            } else if (first && !w.isEmpty()) {
                int cp = w.codePointAt(0);
                b.appendCodePoint(Character.toTitleCase(cp)).append(w, Character.charCount(cp), w.length());
                first = false;
            } else {
                b.append(w);
            }
        }
        return b.toString();
    }

    private static LayoutEdit rename(String what, Collection<String> keys, UnaryOperator<String> f) {
        Set<String> sel = Set.copyOf(keys);
        return LayoutEdit.of(what + " " + plural(sel.size(), "channel"), layout -> {
            List<String> emptied = new ArrayList<>();
            Layout out = LayoutOps.mapChannels(layout, sel, c -> renamed(c, f, emptied));
            if (!emptied.isEmpty()) {
                throw new LayoutEditException("rename would leave " + plural(emptied.size(), "channel")
                        + " without a name, first '" + emptied.get(0) + "'; nothing was renamed");
            }
            return out;
        });
    }

    private static LayoutChannel renamed(LayoutChannel c, UnaryOperator<String> f, List<String> emptied) {
        if (c.name() == null) {
            return c;
        }
        String n = f.apply(c.name()).strip();
        if (n.isEmpty()) {
            emptied.add(c.name());
            return c;
        }
        return c.withName(n);
    }
}
