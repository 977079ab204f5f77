package dev.lineup.sync;

/**
 * What a player would get from one published file's link ({@link PlayerLinkCheck}). {@code playable}: the
 * bytes are the file the index lists; otherwise {@code problem} says what a player gets instead, in words
 * a user can act on (an HTML page, the virus-scan warning, 403, a size mismatch…).
 */
public record LinkVerdict(String file, String link, boolean playable, String problem) {
    public static final String OK = "players can load this link";

    public static LinkVerdict ok(String file, String link) {
        return new LinkVerdict(file, link, true, null);
    }

    public static LinkVerdict failed(String file, String link, String problem) {
        return new LinkVerdict(file, link, false, problem);
    }

    /** "players can load this link", or the problem. */
    public String sentence() {
        return playable ? OK : problem;
    }

    /**
     * One sentence for a publish's message: "Players can load every link." or the links they cannot load
     * and why; empty when nothing was checked.
     */
    public static String summary(java.util.List<LinkVerdict> verdicts) {
        if (verdicts.isEmpty()) {
            return "";
        }
        java.util.List<String> failed = verdicts.stream().filter(v -> !v.playable())
                .map(v -> v.file() + ": " + v.problem()).toList();
        return failed.isEmpty() ? "Players can load every link." : "Players cannot load " + String.join("; ", failed)
                + ".";
    }

    /** Which players this file is for: the playlist goes into the player, the guide into its EPG setting. */
    public String forPlayers() {
        if (file.endsWith(".m3u") || file.endsWith(".m3u8")) {
            return "playlist URL in TiviMate, Kodi IPTV Simple, VLC";
        }
        if (file.endsWith(".xml.gz")) {
            return "EPG URL in TiviMate and Kodi IPTV Simple (already named in the playlist)";
        }
        if (file.endsWith(".xml")) {
            return "EPG URL for players that cannot read .gz guides";
        }
        return "";
    }
}
