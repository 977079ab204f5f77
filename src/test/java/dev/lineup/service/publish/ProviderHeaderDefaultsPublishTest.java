package dev.lineup.service.publish;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider's header-level catch-up and time shift defaults reach the published playlist's header (a player
 * applies them to every channel that does not set its own), unless the layout sets its own catch-up or shift
 * (at any level: a player applies the header's to every entry without its own). Real CLI, real store, real local target.
 */
class ProviderHeaderDefaultsPublishTest {
    private static final String DEFAULTS = "catchup=\"default\" catchup-days=\"7\" "
            + "catchup-source=\"?utc={utc}&lutc={lutc}\" tvg-shift=\"1\"";
    @TempDir
    Path tmp;

    private static String header(Path playlist) throws Exception {
        String s = Files.readString(playlist, StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf('\n'));
    }

    @Test
    void theProvidersHeaderDefaultsArePublishedUntilTheLayoutSetsItsOwnPlaylistWideTiming() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        Files.writeString(tmp.resolve("Living_room.m3u"), PublishFixture.PLAYLIST.replace("#EXTM3U",
                "#EXTM3U url-tvg=\"http://provider.example/epg.xml\" " + DEFAULTS), StandardCharsets.UTF_8);
        ok(run(data, "source", "refresh", "P"));
        Path out = data.resolve("published");
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(header(out.resolve("family.m3u"))).as("the provider's guide URL is replaced by ours")
                    .doesNotContain("provider.example").endsWith(" " + DEFAULTS).startsWith("#EXTM3U url-tvg=\"");

            byte[] playlist = Files.readAllBytes(out.resolve("family.m3u"));
            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(again.report().uploadedCount()).as("nothing changed, so nothing was written").isZero();
            assertThat(Files.readAllBytes(out.resolve("family.m3u"))).isEqualTo(playlist);
        }

        ok(run(data, "layout", "catchup", "Family", "--all", "--on", "--days", "3"));
        publish(data);
        String ownCatchup = header(out.resolve("family.m3u"));
        assertThat(ownCatchup).as("the layout's playlist-wide catch-up replaces the provider's")
                .doesNotContain("catchup").endsWith(" tvg-shift=\"1\"");
        assertThat(Files.readString(out.resolve("family.m3u"))).contains("catchup-days=\"3\"");

        ok(run(data, "layout", "shift", "Family", "--group", "All", "--hours", "2"));
        publish(data);
        assertThat(header(out.resolve("family.m3u"))).as("the group's guide is moved: a player must not shift it "
                + "again").doesNotContain("tvg-shift");

        Files.writeString(tmp.resolve("Living_room.m3u"), PublishFixture.PLAYLIST, StandardCharsets.UTF_8);
        ok(run(data, "layout", "catchup", "Family", "--all", "--clear"));
        ok(run(data, "layout", "shift", "Family", "--group", "All", "--clear"));
        ok(run(data, "source", "refresh", "P"));
        publish(data);
        assertThat(header(out.resolve("family.m3u"))).as("a provider that dropped its defaults")
                .doesNotContain("catchup").doesNotContain("tvg-shift");
    }

    private static void publish(Path data) throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
        }
    }
}
