package dev.lineup.cli;

import static dev.lineup.cli.PublishFixture.ok;
import static dev.lineup.cli.PublishFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.JavaChild;
import dev.lineup.testing.Corpus;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import dev.lineup.testing.fakes.gdrive.FakeOAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md's command-line contract forms that no other test ran exactly as written, and the contract's
 * promises as a script sees them from another process (exit status, first stderr line).
 */
class CliContractTest {
    @TempDir
    Path tmp;

    @Test
    void aPublishRefusedByALiveLeaseStartsStderrWithTheKindLineWhenRunAsAProcess() throws Exception {
        Path shared = tmp.resolve("shared");
        Path data = PublishFixture.installation(tmp.resolve("data"), "Kitchen", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        try (JavaChild office = JavaChild.start(HoldLeaseMain.class, shared.toString(), "Office PC", "120")) {
            office.awaitLine("HELD");
            CliRun r = CliRun.process(Map.of(), "--data-dir", data.toString(), "publish", "Family", "--target", "shared");
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            // The log's own "[WARN] ..." line about the failure may follow, never precede.
            assertThat(r.firstErrLine()).startsWith("LeaseHeld: held by \"Office PC\" (host ")
                    .contains("pid " + office.pid() + ")");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aStaleLockTakenOverIsSaidOnceAsANoteAndNoLogLineRepeatsIt() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        Path data = PublishFixture.installation(tmp.resolve("data"), "Kitchen", tmp);
        ok(run(data, "target", "add", "local", "shared", "--folder", shared.toString()));
        Files.writeString(shared.resolve("lockfile.json"), """
                {"schema":1,"lockId":"old","purpose":"publish layout 'Office'","owner":{"instanceId":"office",
                "instanceName":"Office PC","host":"office-host","user":"bob","pid":4242,"appVersion":"1"},
                "acquiredAt":"2026-01-01T10:00:00Z","heartbeatAt":"2026-01-01T10:00:00Z","ttlSeconds":120,
                "generation":3}
                """);
        CliRun r = CliRun.process(Map.of(), "--data-dir", data.toString(), "publish", "Family", "--target", "shared");
        assertThat(r.code()).as(r.err()).isZero();
        String both = r.out() + r.err();
        assertThat(both.split("took over the stale lease of \"Office PC\"", -1)).as(both).hasSize(2);
        assertThat(r.err()).doesNotContain("[WARN]").doesNotContain("LeaseManager");
    }

    @Test
    void renderReadsEveryPlaylistAndGuideGivenAfterOneOption() throws Exception {
        Path one = Files.writeString(tmp.resolve("one.m3u"),
                "#EXTM3U\n#EXTINF:-1 tvg-id=\"channel_one\" group-title=\"News\",One\nhttp://h/1\n");
        Path two = Files.writeString(tmp.resolve("two.m3u"),
                "#EXTM3U\n#EXTINF:-1 tvg-id=\"vmusic\" group-title=\"Music\",Two\nhttp://h/2\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("render", "--playlist", one.toString(), two.toString(), "--epg",
                Corpus.path("xmltv/ektotv-example.xml").toString(), Corpus.path("xmltv/vantagetv.ee.xml").toString(),
                "--out", out.toString(), "--name", "both", "--no-gzip");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("both.m3u"))).contains(",One\n", ",Two\n");
        assertThat(Files.readString(out.resolve("both.xml"))).contains("<channel id=\"channel_one\"", "<channel id=\"vmusic\"");
    }

    @Test
    void aMistypedSubcommandIsExitOneNamingItAndTheCommandsThatExist() {
        CliRun r = CliRun.of("--data-dir", tmp.toString(), "source", "add", "m4u", "P", "--url", "p.m3u");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).isEqualTo(
                "error: unknown command \"m4u\" for \"lineup source add\" (expected one of: m3u, epg, xtream)");
        assertThat(r.err()).contains("(see: lineup source add --help)");

        CliRun noKey = CliRun.of("--data-dir", tmp.toString(), "config", "get");
        assertThat(noKey.code()).isEqualTo(1);
        assertThat(noKey.firstErrLine()).contains("KEY");
        assertThat(noKey.err()).contains("(see: lineup config get --help)");
    }

    @Test
    void exportingALayoutWhereAFolderCannotBeIsExitOneNamingThePath() throws Exception {
        Path data = PublishFixture.installation(tmp.resolve("data"), "Den", tmp);
        Path plainFile = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        CliRun r = run(data, "layout", "export", "Family", plainFile.resolve("family.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.firstErrLine()).startsWith("error: " + plainFile + ": ");
        assertThat(Files.readString(plainFile)).isEqualTo("not a folder");
    }

    @Test
    void aDropboxTargetAddedWithARefreshTokenAndAppKeyPublishesWithoutPrintingTheToken() throws Exception {
        try (FakeDropbox fake = FakeDropbox.start()) {
            FakeDropbox.Tokens tokens = fake.newRefreshableTokens("Fake User", "app1");
            Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                    "BOX_REFRESH", tokens.refreshToken());
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            CliRun add = ok(run(data, env, "target", "add", "dropbox", "box", "--folder", "/IPTV",
                    "--refresh-token-env", "BOX_REFRESH", "--app-key", "app1"));
            CliRun pub = ok(run(data, env, "publish", "Family", "--target", "box"));
            assertThat(fake.content("/IPTV/family.m3u")).hasValueSatisfying(b -> assertThat(new String(b)).contains("Kids TV"));
            assertThat(add.out() + add.err() + pub.out() + pub.err()).doesNotContain(tokens.refreshToken())
                    .doesNotContain(tokens.accessToken());
        }
    }

    @Test
    void aDriveTargetAddedWithAnAccessTokenPublishesWithoutPrintingTheToken() throws Exception {
        try (FakeDrive fake = FakeDrive.start()) {
            FakeOAuth.Tokens tokens = fake.oauth().issue(new DriveStore.Account("Office", "office@example.com"));
            Map<String, String> env = Map.of("LINEUP_GDRIVE_ROOT_URL", fake.rootUrl(), "DRIVE_TOKEN", tokens.accessToken());
            Path data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
            CliRun add = ok(run(data, env, "target", "add", "gdrive", "drive", "--folder", "Lineup",
                    "--access-token-env", "DRIVE_TOKEN"));
            CliRun pub = ok(run(data, env, "publish", "--target", "drive"));
            assertThat(fake.file("Lineup", "family.m3u")).hasValueSatisfying(f ->
                    assertThat(new String(f.content())).contains("One News"));
            assertThat(add.out() + add.err() + pub.out() + pub.err()).doesNotContain(tokens.accessToken());
        }
    }
}
