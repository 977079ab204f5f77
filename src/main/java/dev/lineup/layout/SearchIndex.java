package dev.lineup.layout;

import dev.lineup.model.ChannelKey;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A search index of one layout version: every channel's name, number and tvg-id normalized once
 * into one lower-case, accent-free string, so a keystroke is a plain scan of 100k short strings.
 * {@link #update} builds the index of the next version and re-normalizes only the groups an edit
 * touched (edits keep untouched groups' channel lists). Immutable and safe to share between threads.
 */
public final class SearchIndex {
    private final Layout layout;
    private final LayoutChannel[] channels;
    private final String[] text;
    private final int[] group;
    private final int[] index;
    private final boolean[] hidden;
    private volatile Set<String> duplicateKeys;

    /**
     * @param reuse per channel list (by identity) of a previous version: where its texts start in
     *              {@code oldText}; groups an edit did not touch keep the very same list instance
     */
    private SearchIndex(Layout layout, Map<List<LayoutChannel>, Integer> reuse, String[] oldText) {
        this.layout = layout;
        int n = 0;
        for (LayoutGroup g : layout.groups()) {
            n += g.channels().size();
        }
        channels = new LayoutChannel[n];
        text = new String[n];
        group = new int[n];
        index = new int[n];
        hidden = new boolean[n];
        int k = 0;
        List<LayoutGroup> groups = layout.groups();
        for (int gi = 0; gi < groups.size(); gi++) {
            LayoutGroup g = groups.get(gi);
            List<LayoutChannel> chs = g.channels();
            Integer from = reuse.get(chs);
            if (from != null) {
                System.arraycopy(oldText, from, text, k, chs.size());
            }
            for (int ci = 0; ci < chs.size(); ci++) {
                LayoutChannel c = chs.get(ci);
                channels[k] = c;
                if (from == null) {
                    text[k] = normalize(c);
                }
                group[k] = gi;
                index[k] = ci;
                hidden[k] = g.hidden() || c.hidden();
                k++;
            }
        }
    }

    public static SearchIndex build(Layout layout) {
        return new SearchIndex(layout, Map.of(), new String[0]);
    }

    /** The index of {@code next}, reusing the normalized text of groups it shares with this version. */
    public SearchIndex update(Layout next) {
        if (next == layout) {
            return this;
        }
        Map<List<LayoutChannel>, Integer> reuse = new IdentityHashMap<>();
        int k = 0;
        for (LayoutGroup g : layout.groups()) {
            reuse.putIfAbsent(g.channels(), k);
            k += g.channels().size();
        }
        return new SearchIndex(next, reuse, text);
    }

    public Layout layout() {
        return layout;
    }

    public int size() {
        return channels.length;
    }

    /** Channels matching {@code f}, in layout order; {@code removedKeys} backs the "removed by provider" flag. */
    public FilterResult filter(ChannelFilter f, Set<String> removedKeys) {
        return filter(f, removedKeys, f.duplicateNumbers() ? duplicateKeys() : Set.of());
    }

    /**
     * As above, with the keys the duplicate-number flag matches given by the caller (the editor's come
     * from the published numbers, provider numbers included, which this index does not know).
     */
    public FilterResult filter(ChannelFilter f, Set<String> removedKeys, Set<String> dups) {
        List<String> terms = f.terms();
        String[] t = terms.toArray(new String[0]);
        int[] hits = new int[channels.length];
        int n = 0;
        for (int i = 0; i < channels.length; i++) {
            if (containsAll(text[i], t) && (!f.hasFlags() || flagsMatch(f, i, removedKeys, dups))) {
                hits[n++] = i;
            }
        }
        return new FilterResult(this, java.util.Arrays.copyOf(hits, n));
    }

    LayoutChannel channel(int pos) {
        return channels[pos];
    }

    int groupOf(int pos) {
        return group[pos];
    }

    int indexOf(int pos) {
        return index[pos];
    }

    private boolean flagsMatch(ChannelFilter f, int i, Set<String> removed, Set<String> dups) {
        LayoutChannel c = channels[i];
        return (!f.missingGuide() || blank(c.guideChannel()) && blank(c.tvgId()))
                && (!f.missingLogo() || blank(c.logo()))
                && (!f.hidden() || hidden[i])
                && (!f.removedByProvider() || removed.contains(c.sourceKey()))
                && (!f.duplicateNumbers() || (!hidden[i] && dups.contains(c.sourceKey())));
    }

    private Set<String> duplicateKeys() {
        Set<String> d = duplicateKeys;
        if (d == null) {
            d = Numbering.duplicateKeys(layout);
            duplicateKeys = d;
        }
        return d;
    }

    private static boolean containsAll(String s, String[] terms) {
        for (String term : terms) {
            if (!s.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(LayoutChannel c) {
        StringBuilder b = new StringBuilder(48).append(fold(c.name()));
        if (c.number() != null) {
            b.append(' ').append(c.number());
        }
        if (!blank(c.tvgId())) {
            b.append(' ').append(fold(c.tvgId()));
        }
        return b.toString();
    }

    /**
     * {@link ChannelKey#normalizeName}, with a fast path for plain ASCII (most names), which needs no
     * Unicode decomposition: lower case, every run of non-alphanumerics one space, trimmed. Queries
     * go through {@code normalizeName} itself; a test keeps both in agreement.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                return ChannelKey.normalizeName(s);
            }
            boolean lower = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
            if (lower || (ch >= 'A' && ch <= 'Z')) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(lower ? ch : (char) (ch + 32));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Matching channels of one filter run; positions point into the index they came from. */
    public static final class FilterResult {
        private final SearchIndex index;
        private final int[] positions;

        FilterResult(SearchIndex index, int[] positions) {
            this.index = index;
            this.positions = positions;
        }

        public int size() {
            return positions.length;
        }

        public LayoutChannel channel(int i) {
            return index.channel(positions[i]);
        }

        /** Index of the group of the i-th match in {@code layout().groups()}. */
        public int groupIndex(int i) {
            return index.groupOf(positions[i]);
        }

        /** Position of the i-th match within its group. */
        public int channelIndex(int i) {
            return index.indexOf(positions[i]);
        }

        public List<String> keys() {
            List<String> keys = new ArrayList<>(positions.length);
            for (int p : positions) {
                keys.add(index.channel(p).sourceKey());
            }
            return keys;
        }
    }
}
