package dev.lineup.layout.epg;

import java.util.List;

/**
 * A channel name reduced to what identifies the channel.
 *
 * @param original     the name as written
 * @param tokens       lower-case, accent-free words; number words as digits ("one" → "1")
 * @param compact      the tokens joined without spaces: the exact-match key ("bbc1")
 * @param full         the key with a trailing country word kept ("mtvindia" for "MTV India"), or null
 *                     when the name has none
 * @param loose        compact without filler words and a trailing country word ("channel", "tv",
 *                     "the", "and", "UK"); null when too little would remain to identify anything
 * @param shiftHours   the time shift a "+1"-style suffix asked for, else 0
 * @param country      the two-letter country a prefix/suffix named ("UK:" → "uk"), else null
 * @param removed      what was removed, in words, for the reason shown to the user
 * @param qualityTag   whether a quality tag (HD, FHD, 4K…) was removed
 */
record NormalizedName(String original, List<String> tokens, String compact, String full, String loose, int shiftHours,
                      String country, List<String> removed, boolean qualityTag) {
    NormalizedName {
        tokens = List.copyOf(tokens);
        removed = List.copyOf(removed);
    }

    boolean isEmpty() {
        return compact.isEmpty();
    }
}
