package dev.lineup.source;

import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.JavaChild;
import dev.lineup.model.RefreshReport;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilledRefreshTest {
    @TempDir
    Path dir;

    @Test
    void aRefreshProcessKilledWhileWritingLeavesTheDatabaseWithThePreviousState() throws Exception {
        FakeProvider provider = FakeProvider.generate(20_000, 3);
        Path playlist = dir.resolve("provider.m3u");
        Files.writeString(playlist, provider.m3u());
        Path data = dir.resolve("data");
        List<SourceChannel> before;
        RefreshFixture fx = new RefreshFixture(data);
        try {
            Source s = fx.store.sources().add("Big", SourceKind.M3U, playlist.toString(), null, null, false, false);
            fx.refresher.refresh(s, Progress.NONE, Cancellation.none());
            before = fx.store.channels().channels(s.id(), true);
        } finally {
            fx.store.close();
        }
        provider.renameEvery(1);
        provider.token = "rotated";
        provider.channels.subList(0, 5000).forEach(c -> c.present = false);
        Files.writeString(playlist, provider.m3u());

        try (JavaChild child = JavaChild.start(RefreshKillMain.class, data.toString())) {
            child.awaitLine("SAVING");
            child.kill();
        }

        RefreshFixture after = new RefreshFixture(data);
        try {
            assertThat(after.notices).isEmpty();
            assertThat(after.store.database().quickCheck()).isEqualTo("ok");
            Source s = after.store.sources().find("Big").orElseThrow();
            assertThat(after.store.channels().channels(s.id(), true)).isEqualTo(before);
            RefreshReport r = after.refresher.refresh(s, Progress.NONE, Cancellation.none());
            assertThat(r.removed()).isEqualTo(5000);
            assertThat(r.renamed()).isEqualTo(15_000);
        } finally {
            after.store.close();
        }
    }
}
