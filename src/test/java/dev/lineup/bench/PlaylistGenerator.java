package dev.lineup.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a provider-sized playlist shaped like the corpus: tvg attributes, group-title, catchup on some channels,
 * names with commas and non-ASCII letters, some #EXTVLCOPT lines, some '|' header suffixes, Xtream-style URLs.
 * Fixed seed, so every run parses the same bytes.
 */
final class PlaylistGenerator {
    private static final String[] COUNTRIES = {"UK", "FR", "DE", "ES", "IT", "PT", "TR", "AR", "US", "NL"};
    private static final String[] KINDS = {"Entertainment", "News", "Sports", "Movies", "Kids", "Music",
        "Documentary", "Religious", "Series", "Local"};
    private static final String[] WORDS = {"Sky", "Canal", "Sport", "Cinema", "Télé", "Nöws", "Action", "Family",
        "Premium", "Max", "One", "Two", "Plus", "Arena", "Live", "Kanal", "Rai", "Das", "Première", "Zwei"};

    private PlaylistGenerator() {
    }

    static Path generate(Path dir, int entries, long seed) throws IOException {
        Path file = dir.resolve("playlist-" + entries + ".m3u");
        Random rnd = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#EXTM3U x-tvg-url=\"http://epg.provider.example/xmltv.php?username=u123&password=p456,"
                    + "http://epg.example.org/guide.xml.gz\" tvg-shift=\"0\"\n");
            StringBuilder sb = new StringBuilder(512);
            for (int i = 0; i < entries; i++) {
                sb.setLength(0);
                String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
                String name = country + ": " + WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)]
                        + (rnd.nextInt(20) == 0 ? ", the channel" : "") + (rnd.nextInt(3) == 0 ? " HD" : "");
                String id = name.replaceAll("[^A-Za-z]", "").toLowerCase() + i + "." + country.toLowerCase();
                int streamId = 100000 + i;
                sb.append("#EXTINF:-1 tvg-id=\"").append(id).append("\" tvg-name=\"").append(name)
                        .append("\" tvg-logo=\"http://logos.provider.example/images/").append(Integer.toHexString(
                                rnd.nextInt())).append(".png\" group-title=\"").append(country).append(" | ")
                        .append(KINDS[rnd.nextInt(KINDS.length)]).append('"');
                if (rnd.nextInt(4) == 0) {
                    sb.append(" tvg-chno=\"").append(i + 1).append('"');
                }
                if (rnd.nextInt(10) == 0) {
                    sb.append(" catchup=\"xc\" catchup-days=\"").append(1 + rnd.nextInt(7)).append('"');
                }
                sb.append(',').append(name).append('\n');
                if (rnd.nextInt(10) == 0) {
                    sb.append("#EXTVLCOPT:http-user-agent=Mozilla/5.0 (Linux; Android 11) VLC/3.0\n");
                }
                sb.append("http://line.provider.example:8080/live/u123/p456/").append(streamId).append(".ts");
                if (rnd.nextInt(30) == 0) {
                    sb.append("|User-Agent=TiviMate/4.7.0&Referer=http://provider.example/");
                }
                sb.append('\n');
                w.append(sb);
            }
        }
        return file;
    }
}
