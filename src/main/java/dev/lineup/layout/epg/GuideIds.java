package dev.lineup.layout.epg;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a guide id says about its channel. Ids in the iptv-org style are the channel name in
 * camel case plus a country suffix ("BBCOne.uk", "Channel5Plus1.uk", "TMA.gp@SD"); other ids are
 * opaque numbers or slugs and simply yield nothing useful.
 */
final class GuideIds {
    private static final Pattern CAMEL = Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern SUFFIX = Pattern.compile("^(.+)\\.([A-Za-z]{2,3})$");
    private static final Pattern PLUS_SHIFT = Pattern.compile("(?i)\\s*plus\\s*(\\d{1,2})$");
    private static final Pattern NUMBER_WORD = Pattern.compile("one|two|three|four|five|six|seven|eight|nine");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final String[] DIGITS = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};

    /**
     * @param name    the id read as a channel name ("BBC One" for "BBCOne.uk"), normalized
     * @param country country of the suffix, or null
     * @param lowerKey the id's base in lower case without punctuation, number words as digits
     * @param feed    what follows '@' in lower case without punctuation ("hd", "sd", "eumena"), or null
     */
    record ParsedId(NormalizedName name, String country, String lowerKey, String feed) {
        /** Which channel this is within one source: base without quality tags, plus its country. */
        String identity() {
            return name.compact() + "." + (country == null ? "" : country) + "+" + name.shiftHours();
        }
    }

    private GuideIds() {
    }

    static ParsedId parse(String id, NameNormalizer normalizer) {
        String base = id.strip();
        int at = base.indexOf('@');
        String feed = null;
        if (at > 0) {
            feed = base.substring(at + 1);
            base = base.substring(0, at);
        }
        String country = null;
        Matcher sm = SUFFIX.matcher(base);
        if (sm.matches()) {
            country = Countries.code(sm.group(2));
            base = sm.group(1);
        }
        // "AXNBlack.us@Bulgaria", "Channel.nl@CzechRepublic": the feed names the country it is made for.
        String feedCountry = feed == null ? null : feedCountry(feed);
        country = feedCountry != null ? feedCountry : country;
        String spaced = CAMEL.matcher(base).replaceAll(" ");
        int shift = 0;
        Matcher pm = PLUS_SHIFT.matcher(spaced);
        if (pm.find() && pm.start() > 0) {
            shift = Integer.parseInt(pm.group(1));
            spaced = spaced.substring(0, pm.start());
        }
        NormalizedName n = normalizer.normalize(spaced);
        if (shift > 0 && n.shiftHours() == 0) {
            n = new NormalizedName(n.original(), n.tokens(), n.compact(), n.full(), n.loose(), shift, n.country(),
                    n.removed(), n.qualityTag());
        }
        String lower = NON_ALNUM.matcher(base.toLowerCase(Locale.ROOT)).replaceAll("");
        Matcher wm = NUMBER_WORD.matcher(lower);
        StringBuilder sb = new StringBuilder();
        while (wm.find()) {
            wm.appendReplacement(sb, DIGITS[indexOf(wm.group())]);
        }
        wm.appendTail(sb);
        String feedKey = feed == null ? null : String.join("", NameNormalizer.tokens(feed));
        return new ParsedId(n, country, sb.toString(), feedKey == null || feedKey.isEmpty() ? null : feedKey);
    }

    private static String feedCountry(String feed) {
        if (NameNormalizer.QUALITY.contains(feed.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String code = Countries.code(feed);
        return code != null ? code : Countries.bareWord(String.join("", NameNormalizer.tokens(feed)), null);
    }

    private static int indexOf(String word) {
        String[] words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        throw new IllegalStateException("not a number word: " + word);
    }
}
