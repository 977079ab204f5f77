package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, defects 11 and 12: temporaries of killed runs are removed; what Lineup keeps is private. */
class LeftoversAndPermissionsTest {
    @TempDir
    Path dir;

    /** The pid of a process that has ended (so no live process owns a temporary named with it). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor(10, TimeUnit.SECONDS);
        return p.pid();
    }

    static Path plant(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "left by a killed run");
    }

    static List<String> hidden(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString())
                    .filter(n -> n.contains(".lineup-tmp-") || n.endsWith(".part") || n.contains(".combined")
                            || n.matches(".*\\.tmp-[0-9a-f]{8}") || n.startsWith("backups/lineup-2026010"))
                    .toList();
        }
    }

    @Test
    void temporariesLeftByKilledRunsAreRemovedByTheNextRunAndALiveOnesAreLeftAlone() throws Exception {
        Path data = HomeLayout.setUp(dir, dir.resolve("data"), dir.resolve("guide.xml"), "News");
        String dead = ".lineup-tmp-" + deadPid() + "-0badf00d-";
        List<Path> planted = new ArrayList<>();
        planted.add(plant(data.resolve("backups/" + dead + "lineup-20260101T000000.000Z-refresh-1.db")));
        planted.add(plant(data.resolve("backups/" + dead + "lineup-20260101T000000.000Z-refresh-1.db-journal")));
        planted.add(plant(data.resolve("backups/lineup-20260101T000000.000Z-refresh-1.guides/guides/source-2.xml")));
        planted.add(plant(data.resolve(dead + "lineup.db")));
        planted.add(plant(data.resolve("downloads/source-1.m3u.part")));
        planted.add(plant(data.resolve("guides/source-2.xml.part")));
        planted.add(plant(data.resolve("cache/logos/" + dead + "logo123.tmp")));
        planted.add(plant(data.resolve("output/home/" + dead + "home.xml")));
        planted.add(plant(data.resolve("output/home/.home.m3u.tmp-1a2b3c4d")));
        planted.add(plant(data.resolve("staging/local/.combined/home.m3u")));
        planted.add(plant(data.resolve("staging/local/home/" + dead + "home.m3u")));
        Path out = dir.resolve("out");
        Path outLeft = plant(out.resolve(dead + "home.m3u"));
        Path published = data.resolve("published");
        Path publishLeft = plant(published.resolve(dead + "upload"));
        Path live = plant(published.resolve(".lineup-tmp-" + ProcessHandle.current().pid() + "-0000cafe-upload"));

        assertThat(HomeLayout.run(data, "config", "get", "backup.keep").code()).isZero();
        assertThat(hidden(data)).as("the data directory after one run").containsExactlyInAnyOrder(
                "published/" + publishLeft.getFileName(), "published/" + live.getFileName());

        HomeLayout.outputGuide(dir, data);
        assertThat(outLeft).doesNotExist();
        CliRun publish = HomeLayout.run(data, "publish", "Home", "--target", "local");
        assertThat(publish.code()).as(publish.err()).isZero();
        assertThat(publishLeft).doesNotExist();
        assertThat(live).as("written by a process that is still running").exists();
        assertThat(hidden(data)).as("publish staging is cleaned after publish").containsExactly(
                "published/" + live.getFileName());
        assertThat(planted).noneMatch(Files::exists);
    }

    @Test
    void aRenderOfAUrlRemovesTheDownloadFolderAKilledRenderLeftInTheTempFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path left = plant(tmp.resolve(".lineup-tmp-" + deadPid() + "-0badf00d-render-input123/download.part"));
        Path someoneElses = plant(tmp.resolve("lineup-input-123/download"));
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().body("#EXTM3U\n#EXTINF:-1,One\nhttp://p.example/1.ts\n").build());
            server.start();
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                    "dev.lineup.launch.Main", "render", "--playlist", server.url("/get.m3u").toString(), "--out",
                    dir.resolve("out").toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
        }
        assertThat(left.getParent()).doesNotExist();
        assertThat(someoneElses).as("only Lineup's own prefix is touched").exists();
        try (Stream<Path> all = Files.list(tmp)) {
            assertThat(all.map(f -> f.getFileName().toString())).containsExactly("lineup-input-123");
        }
    }

    @Test
    void aDataDirectoryThatExistedWithMode755GetsPrivateFilesAndFoldersUnderUmask022() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path guideFile = Files.writeString(dir.resolve("guide.xml"), HomeLayout.guide("News"), StandardCharsets.UTF_8);
        lineupUnderUmask022(data, "init", "--name", "Den");
        lineupUnderUmask022(data, "source", "add", "epg", "G", "--url", guideFile.toString());
        lineupUnderUmask022(data, "source", "refresh");
        lineupUnderUmask022(data, "backup");

        assertThat(mode(data)).isEqualTo("rwx------");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(p -> !p.equals(data)).toList()) {
                assertThat(mode(p)).as(data.relativize(p).toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
        try (Stream<Path> backups = Files.list(data.resolve("backups"))) {
            assertThat(backups).isNotEmpty();
        }
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** Runs {@code lineup ARGS} as its own process started by a shell whose umask is 022. */
    static void lineupUnderUmask022(Path data, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask 022 && exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "dev.lineup.launch.Main", "--data-dir", data.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
    }
}
