package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code lineup render}'s progress on stderr: silent for quick runs, a line a second for long inputs. */
class StderrProgressTest {

    @Test
    void aQuickRunPrintsNothing() {
        StringWriter err = new StringWriter();
        StderrProgress p = new StderrProgress(new PrintWriter(err));
        p.update("reading playlists", 50_000, -1);
        p.done();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongRunPrintsWhereItIsThenHowLongItTook() throws InterruptedException {
        StringWriter err = new StringWriter();
        StderrProgress p = new StderrProgress(new PrintWriter(err));
        Thread.sleep(1_100); // the progress line appears only once a second has passed
        p.update("filtering guide", 300L << 20, 600L << 20);
        p.update("filtering guide", 310L << 20, 600L << 20); // within the same second: not repeated
        p.done();
        assertThat(err.toString().lines()).hasSize(2);
        assertThat(err.toString().lines().findFirst()).hasValue("lineup: filtering guide: 300 MB (50%)");
        assertThat(err.toString()).containsPattern("lineup: done in \\d+[.,]\\d s");
    }
}
