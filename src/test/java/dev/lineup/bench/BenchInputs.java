package dev.lineup.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the inputs of the whole-process benchmarks ({@code src/bench/side-by-side.sh}, {@code src/bench/headline.sh})
 * from fixed seeds with the existing generators, once per folder (files already there are kept):
 * <ul>
 *   <li>{@code playlist-ENTRIES.m3u}: {@link PlaylistGenerator}, seed 20261122;</li>
 *   <li>{@code guide-MBmb-CHANNELSch.xml}: {@link GuideBench#generate(Path, long, int)};</li>
 *   <li>{@code keep10-CHANNELS.m3u}: one playlist entry for every tenth guide channel, so a render without a
 *       layout keeps 10 % of the guide's channels;</li>
 *   <li>{@code provider-ENTRIES-CHANNELS.m3u}: the big playlist with the tvg-ids of evenly spread entries set to
 *       every tenth guide channel, so a layout of all its channels has a guide for 10 % of the guide's channels
 *       (the headline job, {@code src/bench/headline.sh}).</li>
 * </ul>
 * <pre>src/bench/run.sh BenchInputs DIR [ENTRIES=500000] [GUIDE_MB=170] [CHANNELS=1000]</pre>
 * Prints the four paths, one a line.
 */
public final class BenchInputs {
    static final long SEED = 20261122L;

    private BenchInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        long guideMb = args.length > 2 ? Long.parseLong(args[2]) : 170;
        int channels = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path playlist = dir.resolve("playlist-" + entries + ".m3u");
        if (!Files.exists(playlist)) {
            PlaylistGenerator.generate(dir, entries, SEED);
        }
        Path guide = dir.resolve("guide-" + guideMb + "mb-" + channels + "ch.xml");
        if (!Files.exists(guide)) {
            Path part = dir.resolve(guide.getFileName() + ".part");
            GuideBench.generate(part, guideMb * 1_000_000, channels);
            Files.move(part, guide);
        }
        Path keep = dir.resolve("keep10-" + channels + ".m3u");
        if (!Files.exists(keep)) {
            writeKeepTenth(keep, channels);
        }
        Path provider = dir.resolve("provider-" + entries + "-" + channels + ".m3u");
        if (!Files.exists(provider)) {
            withGuideIds(playlist, provider, entries, channels);
        }
        System.out.println(playlist);
        System.out.println(guide);
        System.out.println(keep);
        System.out.println(provider);
    }

    private static void withGuideIds(Path playlist, Path out, int entries, int channels) throws IOException {
        int every = Math.max(1, entries / (channels / 10));
        int entry = 0;
        try (BufferedReader r = Files.newBufferedReader(playlist, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#EXTINF")) {
                    if (entry % every == 0 && entry / every * 10 < channels) {
                        String id = GuideBench.channelId(entry / every * 10).replace("\"", "");
                        line = line.replaceFirst("tvg-id=\"[^\"]*\"", "tvg-id=\"" + id + "\"");
                    }
                    entry++;
                }
                w.write(line);
                w.write('\n');
            }
        }
    }

    private static void writeKeepTenth(Path file, int channels) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("#EXTM3U\n");
            for (int c = 0; c < channels; c += 10) {
                String id = GuideBench.channelId(c);
                w.write("#EXTINF:-1 tvg-id=\"" + id + "\" group-title=\"Kept\"," + id + "\n");
                w.write("http://line.provider.example:8080/live/u123/p456/" + (100000 + c) + ".ts\n");
            }
        }
    }
}
