package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.source.FakeProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DataCommandsTest {
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
    void initNamesTheInstallationOnceAndKeepsItsIdWhenRenamed() {
        assertThat(run("init", "--name", "Living room")).isZero();
        String id = out.replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1");
        assertThat(run("init", "--name", "Office", "--role", "secondary-local")).isZero();
        assertThat(out).contains("\"Office\" (" + id + "), role secondary-local");
        assertThat(run("init", "--name", "X", "--role", "boss")).isEqualTo(1);
        assertThat(err).startsWith("error: --role must be primary, secondary-local or secondary-mirror");
    }

    @Test
    void configGetShowsDefaultsAndSetValidates() {
        assertThat(run("config", "get", "lease.ttl-seconds")).isZero();
        assertThat(out.trim()).isEqualTo("120");
        assertThat(run("config", "set", "lease.ttl-seconds", "90")).isZero();
        assertThat(run("config", "get", "lease.ttl-seconds")).isZero();
        assertThat(out.trim()).isEqualTo("90");
        assertThat(run("config", "set", "backup.keep", "many")).isEqualTo(1);
        assertThat(err.trim()).isEqualTo("error: backup.keep must be a whole number, not \"many\"");
        assertThat(run("config", "get", "no.such.key")).isEqualTo(1);
    }

    @Test
    void configSetRefusesAMistypedKeyAndNamesTheKnownOnes() {
        assertThat(run("config", "set", "lease.ttl-second", "60")).isEqualTo(1);
        assertThat(err).contains("unknown setting \"lease.ttl-second\"").contains("lease.ttl-seconds");
        assertThat(run("config", "get", "lease.ttl-seconds")).isZero();
        assertThat(out.trim()).as("the real key is untouched").isEqualTo("120");
        assertThat(run("config", "set", "schedule.publish-target", "local")).isZero();
        assertThat(run("config", "set", "layout.Family.target", "local")).isZero();
    }

    @Test
    void backupThenRestoreBringsTheEarlierStateBack() {
        assertThat(run("config", "set", "backup.keep", "7")).isZero();
        assertThat(run("backup")).isZero();
        Path backup = Path.of(out.trim());
        assertThat(backup).exists().hasParent(dir.resolve("backups"));
        assertThat(run("config", "set", "backup.keep", "3")).isZero();
        assertThat(run("restore", backup.toString())).isZero();
        assertThat(run("config", "get", "backup.keep")).isZero();
        assertThat(out.trim()).isEqualTo("7");
        assertThat(run("restore", dir.resolve("missing.db").toString())).isEqualTo(1);
        assertThat(err).contains("missing.db: no such backup file");
    }

    @Test
    void anXtreamSourceAddedWithAPasswordFromTheEnvironmentRefreshesAndListsItsAccount() throws Exception {
        FakeProvider provider = FakeProvider.generate(120, 5);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(provider.xtream());
            server.start();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "dev.lineup.launch.Main", "--data-dir", dir.toString(),
                    "source", "add", "xtream", "XC", "--server", server.url("/").toString(), "--username", "alice",
                    "--password-env", "XC_PASSWORD", "--ignore-series").redirectErrorStream(true);
            pb.environment().put("XC_PASSWORD", provider.password);
            Process p = pb.start();
            String childOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(childOut).isZero();
            assertThat(childOut).contains("added xtream source \"XC\"");

            assertThat(run("source", "refresh", "XC")).as(err).isZero();
            assertThat(out).startsWith("XC: 121 channels, 121 added, 0 removed");
            assertThat(run("source", "list")).isZero();
            assertThat(out).contains("XC\txtream\t121 channels\trefreshed ")
                    .contains("account Active, expires 2027-01-01 00:00Z, max connections 2 (1 active)")
                    .doesNotContain(provider.password);
            assertThat(Files.readString(dir.resolve("lineup.lock"))).contains("pid=");
        }
        assertThat(run("source", "refresh", "Nope")).isEqualTo(1);
        assertThat(err).startsWith("error: no source named \"Nope\"");
        assertThat(run("source", "add", "xtream", "Y", "--server", "http://h", "--username", "u", "--password-env",
                "LINEUP_TEST_UNSET_VARIABLE")).isEqualTo(1);
        assertThat(err).contains("LINEUP_TEST_UNSET_VARIABLE").contains("is not set");
    }

    @Test
    void aSourceThatCannotBeReachedFailsWithOneRedactedLine() {
        assertThat(run("source", "add", "m3u", "Dead", "--url", "http://127.0.0.1:9/get.php?username=u&password=pw")).isZero();
        assertThat(run("source", "refresh")).isEqualTo(1);
        assertThat(err).contains("error: Dead: cannot reach http://127.0.0.1:9/get.php?username=***&password=***")
                .doesNotContain("password=pw");
        assertThat(run("source", "list")).isZero();
        assertThat(out).contains("Dead\tm3u\t0 channels\tlast tried ").contains("\tfailed: ")
                .doesNotContain("refreshed ").doesNotContain("password=pw");
    }

    @Test
    void aMissingPlaylistFileIsListedAsFailedWithTheReason() {
        Path missing = dir.resolve("gone.m3u");
        assertThat(run("source", "add", "m3u", "Gone", "--url", missing.toString())).isZero();
        assertThat(run("source", "refresh")).isEqualTo(1);
        assertThat(run("source", "list")).isZero();
        assertThat(out).contains("failed: " + missing + ": no such file");
    }
}
