package dev.lineup.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.RefreshReport;
import dev.lineup.model.RefreshRun;
import dev.lineup.model.Source;
import dev.lineup.model.SourceKind;
import dev.lineup.store.LineupStore;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refresh, good or failed, is recorded with the entries it skipped, and the record outlives the store. */
class RefreshRunRecordTest {
    @TempDir
    Path dir;

    @Test
    void skippedEntriesAndFailuresAreRecordedAndStillThereAfterReopening() throws Exception {
        Path playlist = dir.resolve("p.m3u");
        Files.writeString(playlist, "#EXTM3U\n#EXTINF:-1,One\nhttp://127.0.0.1:9/1\n#EXTINF:-1,No URL\n"
                + "#EXTINF:-1,Two\nhttp://127.0.0.1:9/2\n");
        Path data = dir.resolve("data");
        try (LineupStore store = LineupStore.open(data, m -> { })) {
            Source s = store.sources().add("Mine", SourceKind.M3U, playlist.toString(), null, null, false, false);
            RefreshReport rep = SourceRefresher.standard(store).refresh(s, Progress.NONE, Cancellation.none());
            assertThat(rep.skipped()).containsExactly(
                    "line 4: #EXTINF without a URL (the next #EXTINF is on line 5); entry skipped");
            assertThat(rep.summary()).contains("2 channels").endsWith(", 1 skipped");
            Files.delete(playlist);
            assertThatThrownBy(() -> SourceRefresher.standard(store).refresh(store.sources().get(s.id()),
                    Progress.NONE, Cancellation.none())).isInstanceOf(java.io.IOException.class);
        }
        try (LineupStore store = LineupStore.open(data, m -> { })) {
            List<RefreshRun> runs = store.refreshRuns().recent(10);
            assertThat(runs).extracting(RefreshRun::source).containsExactly("Mine", "Mine");
            assertThat(runs.get(0).ok()).isFalse();
            assertThat(runs.get(0).outcome()).startsWith("failed: ");
            assertThat(runs.get(1).ok()).isTrue();
            assertThat(runs.get(1).reportText()).startsWith("Mine: 2 channels; 2 new").endsWith(
                    "\nskipped: line 4: #EXTINF without a URL (the next #EXTINF is on line 5); entry skipped");
            assertThat(store.refreshRuns().last()).contains(runs.get(0));
        }
    }
}
