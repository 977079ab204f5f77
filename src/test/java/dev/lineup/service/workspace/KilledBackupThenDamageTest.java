package dev.lineup.service.workspace;

import dev.lineup.testing.JavaChild;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.CliRun;
import dev.lineup.model.Installation;
import dev.lineup.source.FakeProvider;
import dev.lineup.store.BackupCheck;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 1 as it was found: a backup killed half-way, then a damaged database. Recovery must
 * restore a whole backup (never the half-written one, never an empty file) and say which.
 */
class KilledBackupThenDamageTest {
    @TempDir
    Path dir;

    @Test
    void aBackupKilledHalfWayIsNeverTheOneRecoveryRestoresAfterTheDatabaseIsDamaged() throws Exception {
        Path data = dir.resolve("data");
        Path playlist = Files.writeString(dir.resolve("p.m3u"), FakeProvider.generate(8_000, 5).m3u(),
                StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] {"init", "--name", "Attic"},
                new String[] {"config", "set", "backup.keep", "3"},
                new String[] {"source", "add", "m3u", "P", "--url", playlist.toString()},
                new String[] {"source", "refresh"})) {
            List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
            all.addAll(List.of(args));
            assertThat(CliRun.of(all.toArray(String[]::new)).code()).isZero();
        }

        Random random = new Random(7);
        boolean killedMidBackup = false;
        for (int attempt = 0; attempt < 5 && !killedMidBackup; attempt++) {
            try (JavaChild child = JavaChild.start(BackupLoopMain.class, data.toString())) {
                child.awaitLine("BACKING-UP");
                Thread.sleep(200 + random.nextInt(600));
                child.kill();
            }
            try (Stream<Path> files = Files.list(data.resolve("backups"))) {
                killedMidBackup = files.anyMatch(p -> p.getFileName().toString().startsWith(".lineup-tmp-"));
            }
        }
        assertThat(killedMidBackup).as("one of the kills landed inside a backup").isTrue();

        try (RandomAccessFile f = new RandomAccessFile(data.resolve("lineup.db").toFile(), "rw")) {
            f.seek(0);
            f.write("this is no longer a database".getBytes(StandardCharsets.US_ASCII));
        }
        List<String> notices = new ArrayList<>();
        try (Workspace ws = Workspace.open(data, Duration.ofSeconds(10), notices::add)) {
            assertThat(ws.store().installation().get()).map(Installation::name).hasValue("Attic");
            assertThat(ws.store().channels().channels(ws.store().sources().find("P").orElseThrow().id(), false))
                    .hasSize(8_000);
            assertThat(ws.store().backups().list()).allMatch(b -> BackupCheck.verify(b).usable());
        }
        assertThat(notices).singleElement().asString().contains("was damaged")
                .contains("the newest good backup was restored: lineup-");
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".lineup-tmp-"));
        }
    }
}
