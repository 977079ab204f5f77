package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A small data directory made through the command line: a playlist, a guide and the layout "Home". */
final class HomeLayout {
    private static final DateTimeFormatter XMLTV = DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z")
            .withZone(ZoneOffset.UTC);

    private HomeLayout() {
    }

    static CliRun run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    /** A guide of channel {@code one.tv} with one programme called {@code title}, now. */
    static String guide(String title) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
                + "  <channel id=\"one.tv\"><display-name>One</display-name></channel>\n"
                + "  <programme start=\"" + XMLTV.format(start) + "\" stop=\"" + XMLTV.format(start.plusSeconds(7200))
                + "\" channel=\"one.tv\"><title>" + title + "</title></programme>\n</tv>\n";
    }

    /** Initializes {@code data} with sources P (playlist in {@code dir}) and G ({@code guideFile}), layout Home. */
    static Path setUp(Path dir, Path data, Path guideFile, String title) throws Exception {
        Path playlist = dir.resolve("provider.m3u");
        Files.writeString(playlist, "#EXTM3U\n#EXTINF:-1 tvg-id=\"one.tv\" group-title=\"News\",One\n"
                + "http://provider.example/one.ts\n", StandardCharsets.UTF_8);
        Files.writeString(guideFile, guide(title), StandardCharsets.UTF_8);
        assertThat(run(data, "init", "--name", "Den").code()).isZero();
        assertThat(run(data, "source", "add", "m3u", "P", "--url", playlist.toString()).code()).isZero();
        assertThat(run(data, "source", "add", "epg", "G", "--url", guideFile.toString()).code()).isZero();
        CliRun refresh = run(data, "source", "refresh");
        assertThat(refresh.code()).as(refresh.err()).isZero();
        assertThat(run(data, "layout", "create", "Home", "--from-source", "P").code()).isZero();
        return data;
    }

    /** Outputs Home into {@code dir/out} and returns its guide. */
    static String outputGuide(Path dir, Path data) throws Exception {
        CliRun out = run(data, "output", "Home", "--to", dir.resolve("out").toString());
        assertThat(out.code()).as(out.err()).isZero();
        return Files.readString(dir.resolve("out/home.xml"));
    }
}
