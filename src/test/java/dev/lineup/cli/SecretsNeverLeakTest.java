package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.source.FakeProvider;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.Fault;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole headless life of an installation with credentials everywhere (an Xtream password, an M3U URL
 * with username/password in the query, Dropbox and Drive tokens), run in another process whose log goes
 * to a file at debug level (stricter than the desktop's info), with refreshes and publishes that fail in
 * every way a provider or a cloud fails. No secret may show anywhere a user, a log or a support request
 * could see it; only the published playlist carries the stream URLs players need.
 */
class SecretsNeverLeakTest {
    private static final String PW = "pw-S3CRET-xyz";
    private static final String DBX = "dbx-S3CRET-access-1";
    private static final String DBX_REVOKED = "dbx-S3CRET-revoked-2";
    private static final String GDR = "gdr-S3CRET-access-3";
    private static final String GDR_UNKNOWN = "gdr-S3CRET-unknown-4";

    @TempDir
    Path tmp;

    @Test
    void secretsAppearNowhereButInThePublishedPlaylist() throws Exception {
        FakeProvider xtream = FakeProvider.generate(6, 3);
        xtream.password = PW;
        try (MockWebServer provider = new MockWebServer(); FakeDropbox box = FakeDropbox.start();
             FakeDrive drive = FakeDrive.start()) {
            provider.setDispatcher(provider(xtream));
            provider.start();
            String base = "http://127.0.0.1:" + provider.getPort();
            box.registerToken(DBX, "Fake User");
            box.registerToken(DBX_REVOKED, "Fake User");
            box.revokeToken(DBX_REVOKED);
            FakeDropbox.Tokens refreshable = box.newRefreshableTokens("Fake User", "lineup-key");
            box.revokeRefreshToken(refreshable.refreshToken());
            box.putFile("/HELD/lockfile.json", liveLease().getBytes(StandardCharsets.UTF_8), "Office User");
            box.inject(Fault.rateLimited("files/upload$", 1, Duration.ofSeconds(1)));
            DriveStore.Account office = new DriveStore.Account("Office", "office@example.com");
            drive.oauth().registerAccessToken(GDR, office);
            String driveRefresh = drive.oauth().issue(office).refreshToken();
            List<String> secrets = List.of(PW, DBX, DBX_REVOKED, GDR, GDR_UNKNOWN, refreshable.accessToken(),
                    refreshable.refreshToken(), driveRefresh);

            Path data = tmp.resolve("data");
            Path published = tmp.resolve("published");
            String m3uQuery = "/get.php?username=alice&password=" + PW + "&type=m3u_plus";
            String transcript = runInAnotherProcess(data, Map.of("XT_PW", PW, "DBX", DBX, "DBX_REVOKED", DBX_REVOKED,
                    "DBX_RT", refreshable.refreshToken(), "GDR", GDR, "GDR_RT", driveRefresh, "GDR_UNKNOWN", GDR_UNKNOWN,
                    "LINEUP_DROPBOX_API_URL", box.baseUrl().toString(), "LINEUP_GDRIVE_ROOT_URL", drive.rootUrl()),
                    List.of(
                    "init\t--name\tLiving room",
                    "config\tset\thttp.read-timeout-seconds\t1",
                    "source\tadd\txtream\txt\t--server\t" + base + "/ok\t--username\talice\t--password-env\tXT_PW",
                    "source\tadd\txtream\txt500\t--server\t" + base + "/e500\t--username\talice\t--password-env\tXT_PW",
                    "source\tadd\txtream\txt401\t--server\t" + base + "/e401\t--username\talice\t--password-env\tXT_PW",
                    "source\tadd\txtream\txtjunk\t--server\t" + base + "/junk\t--username\talice\t--password-env\tXT_PW",
                    "source\tadd\txtream\txtslow\t--server\t" + base + "/slow\t--username\talice\t--password-env\tXT_PW",
                    "source\tadd\tm3u\tpl\t--url\t" + base + "/ok" + m3uQuery,
                    "source\tadd\tm3u\tpl500\t--url\t" + base + "/e500" + m3uQuery,
                    "source\tadd\tm3u\tplhls\t--url\t" + base + "/hls" + m3uQuery,
                    "source\tadd\tepg\tguide\t--url\t" + base + "/ok/xmltv.php?username=alice&password=" + PW,
                    "source\tadd\tepg\tguidecut\t--url\t" + base + "/cut/xmltv.php?username=alice&password=" + PW,
                    "source\trefresh",
                    "source\trefresh\txt500",
                    "source\trefresh\tplhls",
                    "source\tlist",
                    "source\tcategories\txt",
                    "layout\tcreate\tFamily\t--from-source\txt",
                    "layout\tcreate\tMusic\t--from-source\tpl",
                    "layout\tlist",
                    "layout\texport\tFamily\t" + tmp.resolve("family-layout.json"),
                    "layout\texport\tMusic\t" + tmp.resolve("music-layout.json"),
                    "target\tadd\tlocal\thome\t--folder\t" + published,
                    "target\tadd\tdropbox\tbox\t--folder\t/IPTV\t--access-token-env\tDBX",
                    "target\tadd\tdropbox\tboxrevoked\t--folder\t/R\t--access-token-env\tDBX_REVOKED",
                    "target\tadd\tdropbox\tboxheld\t--folder\t/HELD\t--access-token-env\tDBX",
                    "target\tadd\tdropbox\tboxrefresh\t--folder\t/RT\t--refresh-token-env\tDBX_RT\t--app-key\tlineup-key",
                    "target\tadd\tgdrive\tdrive\t--folder\tLineup\t--access-token-env\tGDR",
                    "target\tadd\tgdrive\tdrivert\t--folder\tRT\t--refresh-token-env\tGDR_RT\t--client-id\tlineup-test",
                    "target\tadd\tgdrive\tdrivebad\t--folder\tBad\t--access-token-env\tGDR_UNKNOWN",
                    "target\tlist",
                    "config\tlist",
                    "publish\t--target\thome",
                    "publish\t--target\tbox",
                    "publish\t--target\tboxrevoked",
                    "publish\t--target\tboxheld",
                    "publish\t--target\tboxrefresh",
                    "publish\t--target\tdrive",
                    "publish\t--target\tdrivert",
                    "publish\t--target\tdrivebad",
                    "lock\tstatus\tbox",
                    "lock\tstatus\tboxheld",
                    "health",
                    "output\t--to\t" + tmp.resolve("rendered")));

            // The run really went through every path: failures named, publishes done, files rendered.
            assertThat(transcript).contains("SCRIPT DONE").contains("LeaseHeld: ").contains("Revoked")
                    .contains("timed out");
            Path log = data.resolve("logs").resolve("lineup.log");
            assertThat(log).isNotEmptyFile();
            Path playlist = published.resolve("family.m3u");
            assertThat(Files.readString(playlist)).as("the published playlist carries the stream URLs")
                    .contains("/" + PW + "/");
            assertThat(Files.readString(published.resolve("music.m3u"))).contains("/live/alice/" + PW + "/123.ts");
            assertThat(box.content("/IPTV/family.m3u")).isPresent();
            assertThat(drive.file("Lineup", "family.m3u")).isPresent();
            assertThat(drive.file("RT", "family.m3u")).isPresent();

            assertNoSecret(secrets, "the commands' stdout and stderr", transcript);
            assertNoSecret(secrets, "DATA/logs/lineup.log", Files.readString(log));
            assertNoSecret(secrets, "layout export Family", Files.readString(tmp.resolve("family-layout.json")));
            assertNoSecret(secrets, "layout export Music", Files.readString(tmp.resolve("music-layout.json")));
            assertNoSecret(secrets, "the database outside its secrets table", databaseText(data));
            for (Path dir : List.of(published, tmp.resolve("rendered"))) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().endsWith(".m3u")).toList()) {
                        assertNoSecret(secrets, f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
    }

    /** Fails naming where and on which line a secret showed, without printing the secret itself. */
    private static void assertNoSecret(List<String> secrets, String where, String text) {
        List<String> hits = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (String s : secrets) {
                if (lines.get(i).contains(s)) {
                    String masked = lines.get(i);
                    for (String t : secrets) {
                        masked = masked.replace(t, "<SECRET#" + secrets.indexOf(t) + ">");
                    }
                    hits.add("line " + (i + 1) + ": " + masked);
                }
            }
        }
        assertThat(hits).as("secrets in %s", where).isEmpty();
    }

    /** Every table but {@code secrets}, and every channel column but the stream URL itself. */
    private static String databaseText(Path data) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("lineup.db"));
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("problems", "settings", "sources", "targets", "layout_channels");
            for (String t : tables) {
                if (t.equals("secrets")) {
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        sb.append(t);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String col = md.getColumnName(i);
                            if (!(t.equals("source_channels") && (col.equals("url") || col.equals("url_suffix")))) {
                                sb.append(' ').append(col).append('=').append(rs.getString(i));
                            }
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private String runInAnotherProcess(Path data, Map<String, String> env, List<String> commands) throws Exception {
        Path script = tmp.resolve("script.tsv");
        List<String> lines = new ArrayList<>();
        for (String cmd : commands) {
            lines.add("--data-dir\t" + data + "\t" + cmd);
        }
        Files.write(script, lines, StandardCharsets.UTF_8);
        Files.createDirectories(data.resolve("logs"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dorg.slf4j.simpleLogger.logFile=" + data.resolve("logs").resolve("lineup.log"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", System.getProperty("java.class.path"), CliScriptMain.class.getName(), script.toString())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (java.io.IOException e) {
                // the process ended; what was read is the transcript
            }
        });
        reader.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        reader.join(10_000);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String liveLease() {
        String now = Instant.now().toString();
        return "{\"schema\":1,\"lockId\":\"office-lock\",\"purpose\":\"publish layout 'Office'\",\"owner\":{"
                + "\"instanceId\":\"office-id\",\"instanceName\":\"Office PC\",\"host\":\"office-host\",\"user\":\"bob\","
                + "\"pid\":4242,\"appVersion\":\"1\"},\"acquiredAt\":\"" + now + "\",\"heartbeatAt\":\"" + now
                + "\",\"ttlSeconds\":900,\"generation\":7}";
    }

    /** One fake provider, one way of failing per path prefix. */
    private static Dispatcher provider(FakeProvider xtream) {
        Dispatcher xt = xtream.xtream();
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) throws InterruptedException {
                String path = req.getUrl().encodedPath();
                String host = "http://" + req.getUrl().host() + ":" + req.getUrl().port();
                if (path.startsWith("/e500")) {
                    return new MockResponse.Builder().code(500).body("Internal error").build();
                } else if (path.startsWith("/e401")) {
                    return new MockResponse.Builder().code(401).body("Unauthorized").build();
                } else if (path.startsWith("/junk")) {
                    return new MockResponse.Builder().body("<html>Service suspended</html>").build();
                } else if (path.startsWith("/slow")) {
                    return new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build();
                } else if (path.startsWith("/hls")) {
                    return new MockResponse.Builder().body("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:10\n"
                            + "#EXTINF:10.0,\nseg1.ts\n").build();
                } else if (path.equals("/ok/get.php")) {
                    return new MockResponse.Builder().body("#EXTM3U\n"
                            + "#EXTINF:-1 tvg-id=\"m1.uk\" group-title=\"Music\",Music One\n" + host + "/live/alice/" + PW + "/123.ts\n"
                            + "#EXTINF:-1 tvg-id=\"m2.uk\" group-title=\"Music\",Music Two\n" + host + "/live/alice/" + PW + "/124.ts\n")
                            .build();
                } else if (path.endsWith("/xmltv.php")) {
                    String doc = "<?xml version=\"1.0\"?>\n<tv>\n<channel id=\"m1.uk\"><display-name>Music One</display-name></channel>\n"
                            + "<programme start=\"20260101000000 +0000\" stop=\"20260101010000 +0000\" channel=\"m1.uk\">"
                            + "<title>Hits</title></programme>\n</tv>\n";
                    return new MockResponse.Builder().body(path.startsWith("/cut") ? doc.substring(0, doc.length() / 2) : doc)
                            .build();
                }
                return xt.dispatch(req);
            }
        };
    }
}
