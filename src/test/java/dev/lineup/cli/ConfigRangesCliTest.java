package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code config set} refuses a value no run could use, names the allowed range, and keeps the value there was. */
class ConfigRangesCliTest {
    @TempDir
    Path dir;
    String out;
    String err;

    int run(String... args) {
        CommandLine cl = LineupCommand.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void aPlaceholderBlockOfFourMinutesIsRefusedWithTheRangeAndTheOldValueStays() {
        assertThat(run("config", "set", "guide.dummy.block-minutes", "4")).isEqualTo(1);
        assertThat(err.trim()).isEqualTo("error: guide.dummy.block-minutes must be 0 (off) or a whole number "
                + "from 5 to 1440 (minutes), not \"4\"");
        assertThat(run("config", "get", "guide.dummy.block-minutes")).isZero();
        assertThat(out.trim()).isEqualTo("60");
        assertThat(run("config", "set", "guide.dummy.block-minutes", "0")).isZero();
        assertThat(run("config", "set", "guide.dummy.block-minutes", "30")).isZero();
        assertThat(out.trim()).isEqualTo("guide.dummy.block-minutes = 30");
    }

    @Test
    void outOfRangeNumbersAndUnknownWordsAreRefusedForEveryKindOfSetting() {
        assertThat(run("config", "set", "http.connect-timeout-seconds", "0")).isEqualTo(1);
        assertThat(err).contains("from 1 to 600 (seconds)").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("config", "set", "lease.ttl-seconds", "5")).isEqualTo(1);
        assertThat(err).contains("lease.ttl-seconds must be a whole number from 30 to 3600");
        assertThat(run("config", "set", "epg.auto-apply-threshold", "1.5")).isEqualTo(1);
        assertThat(err).contains("a number from 0 to 1");
        assertThat(run("config", "set", "xtream.live-format", "mp4")).isEqualTo(1);
        assertThat(err).contains("must be ts or m3u8");
        assertThat(run("config", "set", "schedule.interval-minutes", "99999999")).isEqualTo(1);
        assertThat(err).contains("from 5 to 10080");
        assertThat(run("config", "set", "xtream.live-format", "m3u8")).isZero();
        assertThat(run("config", "set", "epg.auto-apply-threshold", "0.75")).isZero();
    }
}
