package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code lineup render} read without picocli's model sets every option exactly as picocli does, and leaves to
 * picocli every command line it does not take, so answers, help and exit codes cannot differ.
 */
class QuickRenderArgumentsTest {

    @TempDir
    Path tmp;

    @Test
    void plainFormsAreReadWithoutPicocliAndExactlyAsPicocliReadsThem() {
        List<String[]> plain = List.of(
                args("render --playlist a.m3u --out o"),
                args("render --playlist a.m3u b.m3u --epg g1.xml g2.xml.gz --out o --name tv --no-gzip"),
                args("render --out o --playlist a --gzip --allow-empty --max-download-mb 5 --download-deadline 10m"
                        + " --layout l.json"),
                args("render --playlist init --out source --epg render"), // values named like commands
                args("render --epg g --playlist p --out o --max-download-mb 007"),
                new String[] {"render", "--playlist", "a b.m3u", "http://h/get.php?username=u&password=p",
                    "--epg", "x=y", "--out", "dir with space", "--name", "Ünïcode"});
        for (String[] a : plain) {
            assertThat(QuickRenderArguments.parse(a)).as(String.join(" ", a)).isNotNull();
            assertThat(readQuickly(a)).as(String.join(" ", a)).isEqualTo(readByPicocli(a));
        }
    }

    @Test
    void anyOrderAndChoiceOfTheOptionsReadsAsPicocliReadsIt() {
        List<List<String>> optional = List.of(List.of("--epg", "g.xml"), List.of("--epg", "g1.xml", "g2.xml"),
                List.of("--name", "n"), List.of("--gzip"), List.of("--no-gzip"), List.of("--allow-empty"),
                List.of("--layout", "l.json"), List.of("--max-download-mb", "3"),
                List.of("--download-deadline", "5m"));
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<List<String>> groups = new ArrayList<>();
            groups.add(random.nextBoolean() ? List.of("--playlist", "p.m3u") : List.of("--playlist", "p1", "p2", "p3"));
            groups.add(List.of("--out", "o" + round));
            Set<String> used = new HashSet<>();
            for (List<String> g : optional) {
                String key = g.get(0).equals("--no-gzip") ? "--gzip" : g.get(0);
                if (random.nextInt(3) == 0 && used.add(key)) {
                    groups.add(g);
                }
            }
            Collections.shuffle(groups, random);
            List<String> line = new ArrayList<>(List.of("render"));
            groups.forEach(line::addAll);
            String[] a = line.toArray(String[]::new);
            assertThat(QuickRenderArguments.parse(a)).as(line.toString()).isNotNull();
            assertThat(readQuickly(a)).as(line.toString()).isEqualTo(readByPicocli(a));
        }
    }

    @Test
    void everyOtherFormIsLeftToPicocli() {
        List<String[]> others = List.of(
                args("render --help"), args("render -h"), args("render --version"), args("render"),
                args("render --playlist --out o"), args("render --playlist p --epg --out o"),
                args("render --playlist p --out o --out o2"), args("render --playlist p --playlist q --out o"),
                args("render --playlist=p --out o"), args("render --playlist p --out o extra"),
                args("render --playlist p --out o --gzip --no-gzip"), args("render --playlist p --out o --gzip --gzip"),
                args("render --playlist p"), args("render --out o"), args("render --playlist p --out"),
                args("render --playlist p --out o --max-download-mb 1x"),
                args("render --playlist p --out o --max-download-mb -1"),
                args("render --playlist p --out o --max-download-mb 99999999999999999999"),
                args("render --playlist @args.txt --out o"), args("render --playlist p --out o --bogus"),
                args("render --playlist p --out o --name -x"), args("render --playlist p -- --out o"),
                args("--data-dir d render --playlist p --out o"), args("source list"),
                args("render --playlist p --out o --data-dir d"), args("rendr --playlist p --out o"),
                new String[] {"render", "--playlist", "p", "--out", ""},
                new String[] {"render", "--playlist", "p", "--out", "a\0b"});
        for (String[] a : others) {
            assertThat(QuickRenderArguments.parse(a)).as(String.join(" ", a)).isNull();
        }
    }

    @Test
    void theTableNamesEveryOptionOfTheRenderCommandWithItsArity() {
        CommandLine render = LineupCommand.commandLine().getSubcommands().get("render");
        Set<String> lists = new HashSet<>();
        Set<String> singles = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (OptionSpec o : render.getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp() || o.inherited()) {
                continue; // help and the root's --data-dir are left to picocli
            }
            CommandLine.Range arity = o.arity();
            Set<String> kind = arity.max() == 0 ? flags : arity.isVariable() && arity.min() == 1 ? lists
                    : arity.min() == 1 && arity.max() == 1 ? singles : new HashSet<>();
            kind.addAll(Arrays.asList(o.names()));
            if (o.negatable()) {
                kind.add(o.longestName().replaceFirst("^--", "--no-"));
            }
        }
        assertThat(lists).isEqualTo(QuickRenderArguments.LISTS);
        assertThat(singles).isEqualTo(QuickRenderArguments.SINGLES);
        assertThat(flags).isEqualTo(QuickRenderArguments.FLAGS);
    }

    @Test
    void aRenderAnswersTheSameBothWays() throws IOException {
        String playlist = Corpus.path("m3u/ektotv-example.m3u8").toString();
        String guide = Corpus.path("xmltv/ektotv-example.xml").toString();
        CliRun quick = CliRun.of("render", "--playlist", playlist, "--epg", guide, "--out", tmp.resolve("a").toString());
        CliRun picocli = CliRun.throughPicocli("render", "--playlist", playlist, "--epg", guide, "--out",
                tmp.resolve("b").toString());
        assertThat(quick.code()).as(quick.err()).isZero();
        assertThat(picocli.code()).isZero();
        assertThat(quick.out().replace(tmp.resolve("a").toString(), "DIR"))
                .isEqualTo(picocli.out().replace(tmp.resolve("b").toString(), "DIR"));
        assertThat(quick.err()).isEqualTo(picocli.err());
        // the host name, looked up beside the render, is in the manifest as before
        JsonNode instance = new ObjectMapper().readTree(tmp.resolve("a/lineup-manifest.json").toFile()).get("instance");
        assertThat(instance.get("name").asText()).isEqualTo(InetAddress.getLocalHost().getHostName());
        assertThat(instance).isEqualTo(new ObjectMapper().readTree(tmp.resolve("b/lineup-manifest.json").toFile())
                .get("instance"));

        String[] missing = {"render", "--playlist", tmp.resolve("nope.m3u").toString(), "--out", tmp.toString()};
        assertThat(CliRun.of(missing)).isEqualTo(CliRun.throughPicocli(missing));
        assertThat(CliRun.of(missing).code()).isEqualTo(1);
        String[] badName = {"render", "--playlist", playlist, "--out", tmp.toString(), "--name", "a/b"};
        assertThat(CliRun.of(badName)).isEqualTo(CliRun.throughPicocli(badName));
        assertThat(CliRun.of(badName).code()).isEqualTo(1);
    }

    @Test
    void helpAndUsageErrorsAnswerAsPicocliAnswersThem() {
        CliRun help = CliRun.of("--help");
        assertThat(help.code()).isZero();
        Subcommands.names().forEach(name -> assertThat(help.out()).contains(name));
        for (String line : List.of("render --help", "render -h", "render --out o", "render --playlist p --out o --out o2",
                "render --playlist p --out o --gzip --no-gzip", "render --playlist=p --out o --bogus")) {
            CliRun quick = CliRun.of(args(line));
            assertThat(quick).as(line).isEqualTo(CliRun.throughPicocli(args(line)));
        }
        CliRun renderHelp = CliRun.of("render", "--help");
        QuickRenderArguments.LISTS.forEach(o -> assertThat(renderHelp.out()).contains(o));
        QuickRenderArguments.SINGLES.forEach(o -> assertThat(renderHelp.out()).contains(o));
        assertThat(CliRun.of(args("render --out o")).code()).isEqualTo(1);
    }

    private static String[] args(String line) {
        return line.split(" ");
    }

    private static List<Object> readQuickly(String[] args) {
        return fields(QuickRenderArguments.parse(args));
    }

    private static List<Object> readByPicocli(String[] args) {
        CommandLine cl = LineupCommand.commandLine();
        List<Object> result = new ArrayList<>();
        assertThatCode(() -> result.addAll(fields((RenderCommand) cl.parseArgs(args).subcommand().commandSpec()
                .userObject()))).as(String.join(" ", args)).doesNotThrowAnyException();
        return result;
    }

    private static List<Object> fields(RenderCommand c) {
        return Arrays.asList(c.playlists, c.guides, c.layoutFile, c.out, c.name, c.gzip, c.maxDownloadMb,
                c.downloadDeadline, c.allowEmpty);
    }
}
