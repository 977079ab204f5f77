package dev.lineup.bench;

import dev.lineup.xmltv.FilterStats;
import dev.lineup.xmltv.GuideFilter;
import dev.lineup.task.Progress;
import dev.lineup.xmltv.XmltvFilter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Guide throughput: generates a ~300 MB XMLTV guide from a fixed seed, shaped like the corpus (thousands of
 * channels with ids containing spaces and dots, Cyrillic and Latin names, duplicate icons; programmes with
 * title, desc, category, episode-num, in -0400/+0000/+0100/+0300), then filters it keeping 10% of the
 * channels, each shifted, to a plain file and to a gzip file. Prints MB/s of input and peak heap.
 * <pre>src/bench/run.sh GuideBench [SIZE_MB=300] [WORK_DIR=target/bench-guide]</pre>
 */
public final class GuideBench {
    private static final long SEED = 20261122L;
    private static final int CHANNELS = 4000;
    private static final String[] OFFSETS = {"-0400", "+0000", "+0100", "+0300"};
    private static final String[] WORDS = {"news", "новости", "weather", "погода", "documentary", "серия",
            "football", "match", "the", "and", "of", "история", "film", "drama", "comedy", "live", "&amp;"};

    public static void main(String[] args) throws Exception {
        long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 300;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-guide");
        Files.createDirectories(work);
        Path guide = work.resolve("guide-" + sizeMb + "mb-" + SEED + ".xml");
        if (!Files.exists(guide)) {
            long t = System.nanoTime();
            generate(guide, sizeMb * 1_000_000);
            System.out.printf("generated %s (%.1f MB) in %.1f s%n", guide, Files.size(guide) / 1e6,
                    (System.nanoTime() - t) / 1e9);
        }
        GuideFilter.Builder b = GuideFilter.builder();
        for (int c = 0; c < CHANNELS; c += 10) {
            b.keep(channelId(c)).shift(channelId(c), c % 20 == 0 ? 1.5 : -2);
        }
        GuideFilter filter = b.build();
        double mb = Files.size(guide) / 1e6;
        System.out.printf("input %.1f MB, %d channels, keeping %d with a shift; JVM max heap %d MB, %d CPUs%n", mb,
                CHANNELS, CHANNELS / 10, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        run("warm-up (plain)", guide, filter, work.resolve("out.xml"), false, mb);
        for (int i = 1; i <= 3; i++) {
            run("plain out #" + i, guide, filter, work.resolve("out.xml"), false, mb);
        }
        for (int i = 1; i <= 2; i++) {
            run("gzip out  #" + i, guide, filter, work.resolve("out.xml.gz"), true, mb);
        }
        // a kept id the guide does not describe (a playlist's tvg-id the guide lacks): the first pass then also
        // notes every programme's channel, to write a <channel> for any that has programmes
        run("plain, 1 id undescribed", guide, b.keep("not-in-the-guide").build(), work.resolve("out.xml"), false, mb);
        // every programme copied (no skipping): what the event copy costs compared with a raw-text fast path
        run("keep-all plain", guide, GuideFilter.builder().keepAll().build(), work.resolve("all.xml"), false, mb);
    }

    private static void run(String label, Path guide, GuideFilter filter, Path out, boolean gzip, double mb)
            throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        FilterStats stats;
        try (OutputStream o = gzip ? new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            stats = XmltvFilter.run(List.of(guide), filter, o, Progress.NONE);
        }
        double s = (System.nanoTime() - t) / 1e9;
        double cpuS = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-16s %6.2f s wall %6.1f MB/s | %5.2f s cpu %6.1f MB/s | out %5.1f MB | peak heap %3d MB"
                + " | %s%n", label, s, mb / s, cpuS, mb / cpuS, Files.size(out) / 1e6, peak >> 20, stats);
    }

    static String channelId(int c) {
        return switch (c % 3) {
            case 0 -> "Channel " + c + " HD";
            case 1 -> "ch" + c + ".example.tv";
            default -> "Канал " + c + "@SD";
        };
    }

    static void generate(Path file, long bytes) throws IOException {
        generate(file, bytes, CHANNELS);
    }

    /** As {@link #generate(Path, long)} with {@code channels} channels ({@link #channelId} 0 to channels - 1). */
    static void generate(Path file, long bytes, int channels) throws IOException {
        Random r = new Random(SEED);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tv SYSTEM \"https://example.invalid/xmltv.dtd\">\n"
                    + "<tv generator-info-name=\"Lineup GuideBench\" generator-info-url=\"https://lineup.example\">\n");
            for (int c = 0; c < channels; c++) {
                String logo = "https://logos.example/" + c + ".png";
                w.write("  <channel id=\"" + channelId(c) + "\">\n    <display-name lang=\"en\">" + channelId(c)
                        + "</display-name>\n    <display-name>" + c + "</display-name>\n    <icon src=\"" + logo
                        + "\" />\n" + (c % 4 == 0 ? "    <icon src=\"" + logo + "\" />\n" : "")
                        + "    <url>https://tv.example/" + c + "</url>\n  </channel>\n");
            }
            long written = 0;
            StringBuilder p = new StringBuilder(1024);
            long[] clock = new long[channels];
            while (written < bytes) {
                int c = r.nextInt(channels);
                String offset = OFFSETS[c % OFFSETS.length];
                long start = clock[c];
                long stop = start + 15 + r.nextInt(106);
                clock[c] = stop;
                p.setLength(0);
                p.append("  <programme start=\"").append(stamp(start)).append(' ').append(offset)
                        .append("\" stop=\"").append(stamp(stop)).append(' ').append(offset)
                        .append("\" channel=\"").append(channelId(c)).append("\">\n    <title lang=\"")
                        .append(c % 3 == 2 ? "ru" : "en").append("\">");
                words(p, r, 2 + r.nextInt(4));
                p.append("</title>\n    <desc lang=\"en\">");
                words(p, r, 20 + r.nextInt(60));
                p.append("</desc>\n    <category lang=\"en\">");
                words(p, r, 1);
                p.append("</category>\n    <episode-num system=\"xmltv_ns\">").append(r.nextInt(20)).append('.')
                        .append(r.nextInt(30)).append(".</episode-num>\n  </programme>\n");
                w.append(p);
                written += p.length() + p.length() / 8; // rough UTF-8 allowance for the Cyrillic words
            }
            w.write("</tv>\n");
        }
    }

    private static void words(StringBuilder p, Random r, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(WORDS[r.nextInt(WORDS.length)]);
        }
    }

    /** Minutes since 2026-01-01 00:00 as yyyyMMddHHmmss. */
    private static String stamp(long minutes) {
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(minutes);
        return String.format("%04d%02d%02d%02d%02d00", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }
}
