package dev.lineup.service.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.cli.PublishFixture;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.Source;
import dev.lineup.output.LayoutOutput;
import dev.lineup.service.common.Env;
import dev.lineup.service.library.SourceRefreshRun;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.source.SourceRefresher;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.PublishEvent;
import dev.lineup.task.Progress;
import dev.lineup.sync.SyncProblemException;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing a layout again when nothing that feeds its output changed takes the files staged last time
 * instead of rendering (issue 17: the unchanged re-publish), and anything that does change the output (an
 * edit, a refresh with new content, a setting) or the remote folder (a hand edit, a deleted file) still
 * publishes or reports as before. "Rendered" is seen on the staged files themselves: a render replaces them
 * (a new file), a skipped render leaves the very same file in place.
 */
class UnchangedRepublishTest {
    @TempDir
    Path tmp;
    private Path data;
    private Path published;

    @BeforeEach
    void installation() throws Exception {
        data = PublishFixture.installation(tmp.resolve("data"), "Living room", tmp);
        published = data.resolve("published");
    }

    @Test
    void anUnchangedLayoutIsNotRenderedAgainAndNothingIsUploaded() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            PublishResult first = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(first.report().bytesUploaded()).isPositive();
            Object staged = fileKey(staged("family.m3u"));
            FileTime written = Files.getLastModifiedTime(staged("family.m3u"));
            Thread.sleep(20); // a render now would stamp another time

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(again.report().bytesUploaded()).isZero();
            assertThat(Files.getLastModifiedTime(staged("family.m3u"))).isEqualTo(written);
            assertThat(again.report().manifestWritten()).isFalse();
            assertThat(fileKey(staged("family.m3u"))).as("the staged playlist was not rendered again").isEqualTo(staged);
            assertThat(service.runs()).hasSizeGreaterThanOrEqualTo(2); // the unchanged run is in History too
            assertThat(again.report().generation())
                    .as("nothing changed: the folder is still at the generation its index names, as a mirror sees it")
                    .isEqualTo(first.report().generation())
                    .isEqualTo(dev.lineup.sync.FolderIndex.parse(Files.readAllBytes(published.resolve(dev.lineup.output.Manifest.FILE_NAME)))
                            .generation());
        }
    }

    @Test
    void anUnchangedLayoutWithoutAnyGuideIsNotRenderedAgainEither() throws Exception {
        // A new layout has no placeholder programmes: with no guide matched, its output is a playlist alone,
        // and there is no guide whose link the playlist could name.
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            ws.store().layouts().setPlaceholderGuides("Family", false);
            PublishResult first = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(first.report().files()).extracting(f -> f.name()).containsExactly("family.m3u");
            assertThat(Files.readAllLines(published.resolve("family.m3u")).get(0))
                    .as("the playlist names no guide, as none is published").isEqualTo("#EXTM3U");
            Object staged = fileKey(staged("family.m3u"));

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(again.report().bytesUploaded()).isZero();
            assertThat(again.report().manifestWritten()).isFalse();
            assertThat(fileKey(staged("family.m3u"))).as("the staged playlist was not rendered again").isEqualTo(staged);
        }
    }

    @Test
    void anEditIsRenderedAndPublished() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            LayoutGroup all = family.groups().get(0);
            ws.store().layouts().save(new Layout("Family", family.options(), List.of(new LayoutGroup(all.name(),
                    all.hidden(), List.of(all.channels().get(0).withName("Renamed News"))))));

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(again.report().bytesUploaded()).isPositive();
            assertThat(Files.readString(published.resolve("family.m3u"))).contains("Renamed News")
                    .doesNotContain("Kids TV");
        }
    }

    @Test
    void aRefreshWithNewContentIsRenderedAndPublished() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Files.writeString(tmp.resolve("Living_room.m3u"), PublishFixture.PLAYLIST.replace("http://tv.example/one.ts",
                    "http://tv.example/one-moved.ts"), StandardCharsets.UTF_8);
            Source p = ws.store().sources().find("P").orElseThrow();
            SourceRefreshRun.refresh(ws.store(), SourceRefresher.standard(ws.store()), p, Progress.NONE,
                    Cancellation.none());

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(again.report().bytesUploaded()).isPositive();
            assertThat(Files.readString(published.resolve("family.m3u"))).contains("http://tv.example/one-moved.ts");
        }
    }

    @Test
    void aSettingThatShapesTheOutputIsRenderedAndPublished() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            assertThat(Files.readString(published.resolve("family.xml"))).contains("<programme");
            ws.store().settings().set(LayoutOutput.DUMMY_BLOCK_MINUTES, "0"); // placeholder programmes off

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            // Without placeholders no channel has a programme: the layout's guide goes, the index says so.
            assertThat(again.report().manifestWritten()).isTrue();
            assertThat(again.report().files()).extracting(f -> f.name()).containsExactly("family.m3u");
            assertThat(published.resolve("family.xml")).doesNotExist();
        }
    }

    @Test
    void aHandEditOfThePublishedFileIsStillReportedAsRemoteChanged() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Files.writeString(published.resolve("family.m3u"), "#EXTM3U\n# edited by hand\n");

            assertThatThrownBy(() -> service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null))
                    .isInstanceOfSatisfying(SyncProblemException.class,
                            e -> assertThat(e.problem().kind()).isEqualTo(ProblemKind.REMOTE_CHANGED));
            assertThat(Files.readString(published.resolve("family.m3u"))).contains("edited by hand");
        }
    }

    @Test
    void aPublishedFileDeletedRemotelyIsUploadedAgain() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            String before = Files.readString(published.resolve("family.m3u"));
            Files.delete(published.resolve("family.m3u"));

            PublishResult again = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(again.report().bytesUploaded()).isPositive();
            assertThat(Files.readString(published.resolve("family.m3u"))).isEqualTo(before);
        }
    }

    @Test
    void aStagedFileTouchedSinceItsRenderIsRenderedAgain() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Path m3u = staged("family.m3u");
            Files.setLastModifiedTime(m3u, FileTime.fromMillis(Files.getLastModifiedTime(m3u).toMillis() - 60_000));
            Object touched = fileKey(m3u);

            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(fileKey(staged("family.m3u"))).isNotEqualTo(touched);
        }
    }

    @Test
    void aLayoutWithAGuideDayWindowIsAlwaysRendered() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            ws.store().layouts().save(new Layout("Family", new LayoutOptions(0, 2, true, true), family.groups()));
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Object staged = fileKey(staged("family.m3u"));

            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(fileKey(staged("family.m3u"))).as("kept programmes move with the clock").isNotEqualTo(staged);
        }
    }

    @Test
    void aFreshOutputIsPublishedWithoutRenderingItAgain() throws Exception {
        try (Workspace ws = Workspace.open(data, null, m -> { });
             PublishService service = service(ws)) {
            // A first publish records the guide's link, which the playlist names (an output rendered before any
            // publish could not name it, so that first publish renders with the link itself).
            service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);
            Layout family = ws.store().layouts().load("Family").orElseThrow();
            LayoutGroup all = family.groups().get(0);
            ws.store().layouts().save(new Layout("Family", family.options(), List.of(new LayoutGroup(all.name(),
                    all.hidden(), List.of(all.channels().get(0).withName("Renamed News"))))));
            Path out = LayoutOutput.defaultDir(ws.store(), "Family");
            LayoutOutput.render(ws.store(), "Family", out, Progress.NONE);

            PublishResult r = service.publish(List.of("Family"), "local", Progress.NONE, PublishEvent.IGNORED, null);

            assertThat(r.report().bytesUploaded()).isPositive();
            assertThat(fileKey(staged("family.m3u"))).as("the output's own file, linked into staging")
                    .isEqualTo(fileKey(out.resolve("family.m3u")));
            assertThat(published.resolve("family.m3u")).hasSameTextualContentAs(out.resolve("family.m3u"));
        }
    }

    private PublishService service(Workspace ws) {
        return new PublishService(ws.store(), data, Env.SYSTEM, null, StartedBy.COMMAND_LINE);
    }

    private Path staged(String name) {
        return data.resolve("staging").resolve("local").resolve("family").resolve(name);
    }

    private static Object fileKey(Path p) throws Exception {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }
}
