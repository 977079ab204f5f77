package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The XMLTV project's own checker, {@code tv_validate_file} (Debian's xmltv-util, installed by {@code .ci/setup}),
 * run offline against the local DTD. On a developer machine without it the test is skipped with a message
 * saying so; under {@code CI=true} a missing tool fails, so CI cannot pass without having checked.
 */
final class TvValidateFile {
    /** Complaints about ids and channels the playlist and guide chose, which Lineup must keep as they are. */
    private static final List<String> ABOUT_THE_INPUTS_IDS = List.of("Invalid channel-id ", "No programme entries found");

    private TvValidateFile() {
    }

    static Path tool() {
        Path found = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "tv_validate_file")).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            String why = "tv_validate_file not found on PATH: run .ci/setup (installs Debian's xmltv-util)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
        assertThat(GuideDtd.DTD).as("XMLTV DTD (run .ci/setup)").isRegularFile();
        return found;
    }

    /** The checker's verdict: exit code and what it printed. */
    record Verdict(int code, String output) {
        /** Valid, apart from complaints about ids the inputs chose (e.g. {@code channel_one}, no RFC 2838 dots). */
        List<String> problemsOtherThanTheInputsIds() {
            return output.lines().filter(l -> !l.isBlank())
                    .filter(l -> ABOUT_THE_INPUTS_IDS.stream().noneMatch(l::contains))
                    .filter(l -> !l.matches("\\d+ errors? found\\.") && !l.equals("Validated ok."))
                    .filter(l -> !l.startsWith("Use of uninitialized value")) // the tool's own Perl warnings
                    .toList();
        }
    }

    static Verdict check(Path guide) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(tool().toString(), "--dtd-file", GuideDtd.DTD.toString(), guide.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tv_validate_file did not end within 60 s");
        }
        assertThat(out).as("tv_validate_file must not reach the network").doesNotContain("Failed to fetch");
        return new Verdict(p.exitValue(), out);
    }
}
