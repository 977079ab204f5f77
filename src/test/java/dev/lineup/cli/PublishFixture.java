package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.workspace.Workspace;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.Source;
import dev.lineup.model.SourceChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An installation with one refreshed playlist source and a layout "Family", made through the real CLI. */
public final class PublishFixture {
    public static final String PLAYLIST = "#EXTM3U\n"
            + "#EXTINF:-1 tvg-id=\"one.uk\" group-title=\"News\",One News\nhttp://tv.example/one.ts\n"
            + "#EXTINF:-1 tvg-id=\"two.uk\" group-title=\"News\",Two News\nhttp://tv.example/two.ts\n"
            + "#EXTINF:-1 tvg-id=\"kids.uk\" group-title=\"Kids\",Kids TV\nhttp://tv.example/kids.ts\n";

    private PublishFixture() {
    }

    /** Runs {@code lineup --data-dir DATA ARGS} in-process with extra environment variables. */
    public static CliRun run(Path data, Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return CliRun.withEnv(env, all.toArray(String[]::new));
    }

    public static CliRun run(Path data, String... args) {
        return run(data, Map.of(), args);
    }

    /** init NAME, a playlist source, refreshed, and a layout "Family" of its channels (renamed "Kids" last). */
    public static Path installation(Path data, String name, Path scratch) throws IOException {
        Path playlist = scratch.resolve(name.replace(' ', '_') + ".m3u");
        Files.writeString(playlist, PLAYLIST, StandardCharsets.UTF_8);
        ok(run(data, "init", "--name", name));
        ok(run(data, "source", "add", "m3u", "P", "--url", playlist.toString()));
        ok(run(data, "source", "refresh", "P"));
        try (Workspace ws = Workspace.open(data, null, m -> { })) {
            Source s = ws.store().sources().find("P").orElseThrow();
            List<LayoutChannel> channels = new ArrayList<>();
            for (SourceChannel c : ws.store().channels().channels(s.id(), false)) {
                channels.add(LayoutChannel.of(c.ref(), null));
            }
            // Placeholder programmes on, as every layout made before they became a layout's choice has them (the
            // playlist has no guide source: they are what gives the published guide its programmes).
            ws.store().layouts().save(new Layout("Family", dev.lineup.model.LayoutOptions.DEFAULTS.withPlaceholderGuides(true),
                    List.of(new LayoutGroup("All", false, channels))));
        }
        return data;
    }

    /** Another installation ("Office PC" on another computer) holding the {@code local} target's lease, live. */
    public static dev.lineup.sync.Lease officePcHoldsLocal(Workspace ws) throws dev.lineup.sync.SyncException {
        return officePcHolds(ws, "local");
    }

    /** Another installation ("Office PC" on another computer) holding the lease of {@code target}, live. */
    public static dev.lineup.sync.Lease officePcHolds(Workspace ws, String target) throws dev.lineup.sync.SyncException {
        dev.lineup.model.TargetConfig local = ws.store().targets().find(target).orElseThrow();
        dev.lineup.sync.LeaseManager other = new dev.lineup.sync.LeaseManager(dev.lineup.service.publish.Targets.open(local,
                dev.lineup.sync.TokenStore.inMemory(), dev.lineup.service.common.Env.SYSTEM),
                dev.lineup.sync.RetryPacer.standard(), new dev.lineup.sync.LeaseOwner("office-id", "Office PC",
                "office-host", "bob", 4242, "test"), java.time.Duration.ofSeconds(300));
        return other.acquire("publish layout 'Office'");
    }

    public static CliRun ok(CliRun r) {
        assertThat(r.code()).as("stdout: %s%nstderr: %s", r.out(), r.err()).isZero();
        return r;
    }
}
