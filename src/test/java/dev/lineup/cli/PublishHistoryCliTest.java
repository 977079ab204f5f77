package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.common.Env;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.service.publish.PublishService;
import dev.lineup.service.publish.StartedBy;
import dev.lineup.service.publish.LayoutPublishState;
import dev.lineup.service.publish.PublishRecord;
import dev.lineup.sync.PublishReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes made outside the desktop app (a typed {@code lineup publish}, an OS-scheduled {@code run-scheduled})
 * are in History with who started them and their files, and the Publish screen then shows the new generation
 * with the files and links that went out: both read through the desktop's own publishing object.
 */
class PublishHistoryCliTest {
    @TempDir
    Path tmp;

    @Test
    void aCommandLineAndAScheduledPublishShowInHistoryWithTheirFiles() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Server", tmp);
        Path folder = data.resolve("published");

        ok(run(data, "publish", "Family", "--target", "local"));
        Map<String, Long> first = sizes(folder);
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService desktop = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            PublishRecord run = desktop.runs().get(0);
            assertThat(run.layout()).isEqualTo("Family");
            assertThat(run.target()).isEqualTo("local");
            assertThat(run.startedBy()).isEqualTo("command line");
            assertThat(run.generation()).isEqualTo(1);
            assertThat(run.fileNames()).contains("family.m3u");
            assertPublishScreenShows(desktop.state("Family"), 1, first, folder);
            // The next publish carries one channel fewer: other bytes under the same names.
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            LayoutGroup all = family.groups().get(0);
            ws.store().layouts().save(family.withGroups(List.of(all.withChannels(all.channels().subList(0, 2)))));
            ws.store().settings().set("schedule.publish-target", "local");
        }

        ok(run(data, "run-scheduled"));
        Map<String, Long> second = sizes(folder);
        assertThat(second.get("family.m3u")).isLessThan(first.get("family.m3u"));
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService desktop = new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.DESKTOP)) {
            List<PublishRecord> runs = desktop.runs();
            assertThat(runs).extracting(PublishRecord::startedBy).startsWith("schedule", "command line");
            assertThat(runs.get(0).generation()).isEqualTo(2);
            assertThat(runs.get(0).files()).extracting(PublishReport.FileResult::size)
                    .contains(second.get("family.m3u"));
            assertPublishScreenShows(desktop.state("Family"), 2, second, folder);
        }
    }

    /** The generation, and each file of the layout with the size it has in the folder now and a link to it. */
    private static void assertPublishScreenShows(LayoutPublishState state, long generation, Map<String, Long> sizes,
                                                 Path folder) {
        assertThat(state.neverPublished()).isFalse();
        assertThat(state.generation()).isEqualTo(generation);
        Map<String, Long> shown = state.files().stream().filter(f -> f.name().startsWith("family."))
                .collect(Collectors.toMap(PublishReport.FileResult::name, PublishReport.FileResult::size));
        assertThat(shown).isEqualTo(sizes);
        assertThat(state.files()).allSatisfy(f -> assertThat(f.shareLink())
                .isEqualTo(folder.resolve(f.name()).toUri().toString()));
    }

    private static Map<String, Long> sizes(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("family."))
                    .collect(Collectors.toMap(p -> p.getFileName().toString(), p -> p.toFile().length()));
        }
    }
}
