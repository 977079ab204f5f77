package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import dev.lineup.source.FakeProvider;
import dev.lineup.store.LineupStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout made from an Xtream account starts with its live channels only: films are taken in when asked (all, or a
 * category), series never (a series is a list of episodes; its /series/ address plays nothing), and a layout that
 * holds a series from before publishes without it.
 */
class XtreamLayoutsCliTest {
    static final int LIVE = 20;
    @TempDir
    Path dir;
    Path data;
    final FakeProvider provider = FakeProvider.generate(LIVE, 7);
    final MockWebServer server = new MockWebServer();

    CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.withEnv(Map.of("XC_PASSWORD", provider.password), all.toArray(String[]::new));
    }

    @BeforeEach
    void setUp() throws Exception {
        server.setDispatcher(provider.xtream());
        server.start();
        data = dir.resolve("data");
        assertThat(run("init", "--name", "Den").code()).isZero();
        CliRun add = run("source", "add", "xtream", "XC", "--server", server.url("/").toString(), "--username",
                provider.username, "--password-env", "XC_PASSWORD");
        assertThat(add.code()).as(add.err()).isZero();
        CliRun refresh = run("source", "refresh", "XC");
        assertThat(refresh.code()).as(refresh.err()).isZero();
        assertThat(refresh.out()).startsWith("XC: " + (LIVE + 2) + " channels");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.close();
    }

    @Test
    void aWrongPasswordIsRefusedBeforeTheSourceIsSaved() {
        CliRun add = CliRun.withEnv(Map.of("XC_WRONG", "not-" + provider.password), "--data-dir", data.toString(),
                "source", "add", "xtream", "Wrong", "--server", server.url("/").toString(), "--username",
                provider.username, "--password-env", "XC_WRONG");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err()).contains("refused the user name or password").contains("the source was not saved")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(provider.password);
        CliRun list = run("source", "list");
        assertThat(list.out()).contains("XC").doesNotContain("Wrong");
    }

    @Test
    void aNewLayoutHasLiveChannelsOnlyAndSaysWhatItLeftOut() throws Exception {
        CliRun c = run("layout", "create", "Live", "--from-source", "XC");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("created layout 'Live': ").contains(", " + LIVE + " channels");
        assertThat(c.err()).contains("note: 1 film(s) left out: add them with --include vod or --include-category "
                + "CATEGORY", "note: 1 series left out: a series is a list of episodes, not a channel a player can play");
        assertThat(run("output", "Live").code()).isZero();
        String m3u = Files.readString(data.resolve("output/live/live.m3u"));
        assertThat(m3u).contains("/live/").doesNotContain("/movie/").doesNotContain("/series/")
                .doesNotContain("Films | New").doesNotContain("Series | Drama");
    }

    @Test
    void aFilmCategoryOrEveryFilmIsTakenInWhenAskedAndSeriesAreRefusedWithWhy() throws Exception {
        CliRun cat = run("layout", "create", "Films", "--from-source", "XC", "--include-category", "Films | New");
        assertThat(cat.code()).as(cat.err()).isZero();
        assertThat(cat.out()).contains(", " + (LIVE + 1) + " channels");
        assertThat(cat.err()).doesNotContain("film(s) left out").contains("1 series left out");
        assertThat(run("output", "Films").code()).isZero();
        String m3u = Files.readString(data.resolve("output/films/films.m3u"));
        assertThat(m3u).contains("group-title=\"Films | New\"", ",Big Film (2024)\n", "/5001.mkv")
                .doesNotContain("/series/");

        assertThat(run("layout", "create", "All", "--from-source", "XC", "--include", "vod").out())
                .contains(", " + (LIVE + 1) + " channels");

        CliRun series = run("layout", "create", "S", "--from-source", "XC", "--include", "vod,series");
        assertThat(series.code()).isEqualTo(1);
        assertThat(series.firstErrLine()).isEqualTo("error: --include series: a series is a list of episodes, not a "
                + "channel a player can play, so layouts leave series out");
        CliRun seriesCat = run("layout", "create", "S", "--from-source", "XC", "--include-category", "Series | Drama");
        assertThat(seriesCat.code()).isEqualTo(1);
        assertThat(seriesCat.firstErrLine()).startsWith("error: \"Series | Drama\" is a series category");
        CliRun unknown = run("layout", "create", "S", "--from-source", "XC", "--include-category", "Films | Old");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.firstErrLine()).isEqualTo("error: the source has no film category \"Films | Old\" "
                + "(its film categories: \"Films | New\")");
        assertThat(run("layout", "list").out()).doesNotContain("S\t");
    }

    @Test
    void aLayoutThatHoldsASeriesFromBeforePublishesWithoutIt() throws Exception {
        assertThat(run("layout", "create", "Old", "--from-source", "XC").code()).isZero();
        try (LineupStore store = LineupStore.open(data, n -> { })) {
            long xc = store.sources().find("XC").orElseThrow().id();
            SourceChannel drama = store.channels().channels(xc, false).stream()
                    .filter(ch -> ch.kind() == StreamKind.SERIES).findFirst().orElseThrow();
            Layout old = store.layouts().load("Old").orElseThrow();
            List<LayoutGroup> groups = new ArrayList<>(old.groups());
            groups.add(new LayoutGroup("Series | Drama", false, List.of(LayoutChannel.of(drama.ref(), null))));
            store.layouts().save(old.withGroups(groups));
        }
        CliRun o = run("output", "Old");
        assertThat(o.code()).as(o.err()).isZero();
        String m3u = Files.readString(data.resolve("output/old/old.m3u"));
        assertThat(m3u).doesNotContain("/series/").doesNotContain("Long Drama").contains("/live/");
    }
}
