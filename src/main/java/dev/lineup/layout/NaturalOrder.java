package dev.lineup.layout;

import dev.lineup.model.ChannelKey;
import java.util.Comparator;

/**
 * Natural order of channel names: case and accents ignored, runs of digits compared as numbers, so
 * "Channel 2" sorts before "Channel 10" and "Écran" next to "ecran". Null sorts last. Ties (names
 * equal after normalizing) fall back to plain string order so the sort is deterministic.
 */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = compareNormalized(ChannelKey.normalizeName(a), ChannelKey.normalizeName(b));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareNormalized(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareDigits(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Numeric comparison of digit runs of any length (no overflow): strip zeros, then length, then text. */
    private static int compareDigits(String x, String y) {
        String sx = stripZeros(x);
        String sy = stripZeros(y);
        if (sx.length() != sy.length()) {
            return Integer.compare(sx.length(), sy.length());
        }
        int c = sx.compareTo(sy);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }

    private static String stripZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') {
            k++;
        }
        return s.substring(k);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
