package dev.lineup.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.service.layouts.LayoutService;
import dev.lineup.service.publish.ScheduledPublish;
import dev.lineup.service.FirstRun;
import dev.lineup.testing.DesktopInstallation;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.store.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled run ({@code lineup run-scheduled}) publishing to the sample installation's local folder. */
class ScheduledPublishTest {
    @TempDir
    Path dir;

    static List<String> run(DesktopInstallation app) {
        List<String> log = new ArrayList<>();
        ScheduledRun.Outcome o = new ScheduledRun(List.of(new ScheduledPublish(app.data, Env.SYSTEM, log::add)))
                .runOwned(app.ws.store(), Instant.now(), log::add);
        assertThat(o.failures()).isEmpty();
        return log;
    }

    @Test
    void aChangedLayoutIsPublishedAndAnUnchangedOneLeavesTheFolderUntouched() throws Exception {
        try (DesktopInstallation app = new DesktopInstallation(dir)) {
            run(app);
            assertThat(app.published).as("no publish target chosen: output only").doesNotExist();

            app.ws.store().settings().set(Settings.SCHEDULE_PUBLISH_TARGET, "local");
            assertThat(run(app)).anyMatch(l -> l.startsWith("published 'Sample' to \"local\""));
            // The first publish already names the guide's link in the playlist.
            Path m3u = app.published.resolve("sample.m3u");
            assertThat(Files.readString(m3u)).startsWith("#EXTM3U url-tvg=");
            Path manifest = app.published.resolve("lineup-manifest.json");
            assertThat(Files.readString(m3u)).contains(",UK: Northwind News\n");
            String firstManifest = Files.readString(manifest);
            FileTime firstWrite = Files.getLastModifiedTime(m3u);

            assertThat(run(app)).anyMatch(l -> l.endsWith(", 0 bytes uploaded"));
            assertThat(Files.readString(manifest)).as("unchanged: no new generation").isEqualTo(firstManifest);
            assertThat(Files.getLastModifiedTime(m3u)).isEqualTo(firstWrite);

            LayoutService layouts = new LayoutService(app.ws.store());
            Layout l = layouts.load(FirstRun.SAMPLE_LAYOUT);
            LayoutGroup news = l.groups().get(0);
            List<LayoutChannel> channels = new ArrayList<>(news.channels());
            LayoutChannel c = channels.get(0);
            channels.set(0, new LayoutChannel(c.sourceKey(), "Northwind", c.number(), c.logo(), c.tvgId(),
                    c.guideChannel(), c.shiftHours(), c.hidden(), c.catchupPassthrough()));
            List<LayoutGroup> groups = new ArrayList<>(l.groups());
            groups.set(0, news.withChannels(channels));
            layouts.save(l.withGroups(groups));

            run(app);
            assertThat(Files.readString(m3u)).contains(",Northwind\n").doesNotContain(",UK: Northwind News\n");
            assertThat(Files.readString(manifest)).isNotEqualTo(firstManifest);
        }
    }
}
