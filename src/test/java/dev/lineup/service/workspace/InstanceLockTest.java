package dev.lineup.service.workspace;

import dev.lineup.testing.JavaChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.cli.LineupCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the lock is held by the try block itself
    void aSecondProcessOnTheSameDataDirectoryIsToldWhoIsRunningAfterABoundedWait() throws Exception {
        try (JavaChild owner = JavaChild.start(HoldLockMain.class, dir.toString())) {
            owner.awaitLine("LOCKED");
            Instant start = Instant.now();
            assertThatThrownBy(() -> InstanceLock.acquire(dir, Duration.ofMillis(800)))
                    .isInstanceOf(AlreadyRunningException.class)
                    .hasMessageStartingWith("Lineup is already running (pid " + owner.pid() + ", since 20");
            assertThat(Duration.between(start, Instant.now())).isBetween(Duration.ofMillis(700), Duration.ofSeconds(10));

            CommandLine cli = LineupCommand.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err));
            assertThat(cli.execute("--data-dir", dir.toString(), "config", "get", "backup.keep")).isEqualTo(1);
            assertThat(err.toString()).startsWith("error: Lineup is already running (pid " + owner.pid());

            owner.kill();
            try (InstanceLock mine = InstanceLock.acquire(dir, Duration.ofSeconds(5))) {
                assertThat(InstanceLock.describeOwner(dir.resolve(InstanceLock.FILE_NAME)))
                        .contains("pid " + ProcessHandle.current().pid());
            }
        }
    }

    @Test
    @SuppressWarnings("try") // the lock is held by the try block itself
    void theSameProcessCannotOpenADataDirectoryTwice() throws Exception {
        try (InstanceLock first = InstanceLock.acquire(dir, Duration.ZERO)) {
            assertThatThrownBy(() -> InstanceLock.acquire(dir, Duration.ofMillis(100)))
                    .isInstanceOf(AlreadyRunningException.class);
        }
        InstanceLock.acquire(dir, Duration.ZERO).close();
    }
}
