package dev.lineup.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.cli.PublishFixture;
import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.ui.FxIoGuard;
import dev.lineup.ui.UiFixture;
import dev.lineup.ui.mainwindow.Screen;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A guide big enough for a Dropbox upload session (three 16 MiB chunks) shows a real part-way percent in
 * the layout's row. The fake acknowledges the first chunk and holds every later chunk's answer until the
 * test has looked, so the row is caught with exactly one chunk done (no timing involved).
 */
@ExtendWith({FxIoGuard.class, ApplicationExtension.class})
class PublishBigGuideProgressUiTest {
    /** Over two default chunks, so the plain guide goes up as two parallel chunks and a closing one. */
    private static final long GUIDE_BYTES = 40_000_000L;
    private static final String[] CHANNELS = {"one.uk", "two.uk", "kids.uk"};
    @TempDir
    static Path tmp;
    private FakeDropbox fake;
    private UiFixture app;
    private Path data;
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeDropbox.start();
        Map<String, String> env = Map.of("LINEUP_DROPBOX_API_URL", fake.baseUrl().toString(),
                "BOX_TOKEN", fake.newAccessToken("Fake User"));
        Path dir = Files.createTempDirectory(tmp, "case");
        data = PublishUiAccess.seed(dir.resolve("data"), dir);
        UiFixture.offFx(() -> {
            Path guide = writeGuide(dir.resolve("big-guide.xml"));
            PublishFixture.ok(PublishFixture.run(data, "source", "add", "epg", "G", "--url", guide.toString()));
            PublishFixture.ok(PublishFixture.run(data, "source", "refresh", "G"));
            return PublishFixture.ok(PublishFixture.run(data, env, "target", "add", "dropbox", "box",
                    "--folder", "/IPTV", "--access-token-env", "BOX_TOKEN"));
        });
        app = PublishUiAccess.start(stage, data, env);
        UiFixture.offFx(() -> {
            app.services.targets().setTarget("Family", "box");
            return null;
        });
    }

    @AfterEach
    void stopFake() {
        release.countDown();
        fake.close();
    }

    @Test
    void aBigGuideShowsAPartWayPercentWhileItsChunksGoUpThenPublishesWhole(FxRobot robot) throws Exception {
        PublishUiAccess.showScreen(robot, app, Screen.PUBLISH);
        PublishViewModel vm = app.window.get(PublishViewModel.class);
        app.waitUntil(() -> vm.rows().size() == 2);
        fake.holdResponses("append_v2", 1, release);

        robot.interact(() -> vm.request("Family", PublishViewModel.Kind.PUBLISH));
        String partWay = "uploading family\\.xml(\\.gz)? ([1-9]|[1-9]\\d) %";
        AtomicReference<String> shown = new AtomicReference<>("");
        try {
            // Rendering the 40 MB guide comes first; the wait is for a state, not a time.
            WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                shown.set(PublishUiAccess.row(app, "Family").activityProperty().get());
                return shown.get().matches(partWay);
            }).get());
        } catch (TimeoutException e) {
            throw new AssertionError("row never showed a part-way upload; it says: " + shown.get(), e);
        }

        Path staged = data.resolve("staging").resolve("box").resolve("family").resolve("family.xml");
        long size = Files.size(staged);
        assertThat(size).isGreaterThan(2L * DropboxConfig.DEFAULT_CHUNK);
        // One 16 MiB chunk acknowledged of the whole guide, and nothing more until the fake answers again.
        assertThat(shown.get()).isEqualTo("uploading family.xml " + DropboxConfig.DEFAULT_CHUNK * 100L / size + " %");
        assertThat(fake.content("/IPTV/family.xml")).isEmpty();
        assertThat(PublishUiAccess.row(app, "Family").pending()).isTrue();

        release.countDown();
        app.waitUntil(() -> PublishUiAccess.row(app, "Family").activityProperty().get().startsWith("published"));
        assertThat(PublishUiAccess.row(app, "Family").activityProperty().get()).isEqualTo("published generation 1");
        byte[] uploaded = fake.content("/IPTV/family.xml").orElseThrow();
        assertThat(uploaded.length).isEqualTo(size);
        assertThat(uploaded).isEqualTo(Files.readAllBytes(staged));
    }

    /** An XMLTV guide of {@link #GUIDE_BYTES} with five-minute programmes for the fixture's channels. */
    private static Path writeGuide(Path file) throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
        LocalDateTime t = LocalDateTime.of(2026, 11, 1, 0, 0);
        String desc = "A long description so each programme carries some weight in the guide. ".repeat(5);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n");
            for (String c : CHANNELS) {
                w.write("<channel id=\"" + c + "\"><display-name>" + c + "</display-name></channel>\n");
            }
            long written = 0;
            for (int n = 0; written < GUIDE_BYTES; n++) {
                String start = f.format(t);
                t = t.plusMinutes(5);
                String stop = f.format(t);
                for (String c : CHANNELS) {
                    String p = "<programme start=\"" + start + " +0000\" stop=\"" + stop + " +0000\" channel=\""
                            + c + "\"><title>Show " + n + "</title><desc>" + desc + "</desc></programme>\n";
                    w.write(p);
                    written += p.length();
                }
            }
            w.write("</tv>\n");
        }
        return file;
    }
}
