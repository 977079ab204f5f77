package dev.lineup.layout.epg;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Rewrites a listing site's channel name the way IPTV providers write theirs: country prefixes in
 * their many shapes, quality tags, case and spacing changes, common abbreviations, sometimes "+1".
 * Deterministic for a given random source, so evaluation figures are reproducible.
 */
final class ProviderStyle {
    /** A provider-style name and the shift its "+N" suffix asks for. */
    record Styled(String name, int shift) {
    }

    private static final List<String> PREFIX = List.of("", "%s: ", "%s | ", "|%s| ", "[%s] ", "%s - ", "%s:", "");
    private static final List<String> QUALITY = List.of("", "", " HD", " FHD", " UHD", " 4K", " SD", " HEVC",
            " 1080p", " ᴴᴰ", " (HD)", " HD/H265");
    private static final String[][] ABBREVIATIONS = {{"International", "Intl"}, {"Entertainment", "Ent."},
            {"Documentaries", "Docs"}, {" and ", " & "}, {" & ", " and "}, {"Geographic", "Geo"}};

    private ProviderStyle() {
    }

    static Styled decorate(String name, String country, boolean allowShift, Random r) {
        String s = name.strip();
        if (r.nextInt(4) == 0) {
            for (String[] ab : ABBREVIATIONS) {
                if (s.contains(ab[0])) {
                    s = s.replace(ab[0], ab[1]);
                    break;
                }
            }
        }
        switch (r.nextInt(6)) {
            case 0 -> s = s.toUpperCase(Locale.ROOT);
            case 1 -> s = s.toLowerCase(Locale.ROOT);
            case 2 -> s = s.replace(" ", "  ");
            default -> {
            }
        }
        int shift = 0;
        if (allowShift && r.nextInt(10) == 0) {
            shift = 1;
            s = s + (r.nextBoolean() ? " +1" : "+1");
        }
        s = s + QUALITY.get(r.nextInt(QUALITY.size()));
        if (country != null) {
            String code = country.equals("uk") && r.nextInt(5) == 0 ? "GB" : country.toUpperCase(Locale.ROOT);
            s = String.format(PREFIX.get(r.nextInt(PREFIX.size())), code) + s;
        }
        return new Styled(s, shift);
    }
}
