package dev.lineup.output;

import dev.lineup.model.Installation;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.Source;
import dev.lineup.store.LineupStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A digest of everything a layout's output is made from: the layout as stored, every source's refresh
 * state, connection and guide file, the settings that may shape output, the installation named in the
 * manifest, the placeholder guides' day, and the build doing the rendering. Two equal digests mean a render
 * would write the same bytes again, so a publish of an unchanged layout can skip it. Cheap on purpose (a
 * few small queries, no channel rows read): it is computed before every render.
 *
 * <p>Errs on the side of rendering: settings are left out only where known not to touch output, and a
 * layout with a guide day window (kept programmes move with the clock) has no digest, so it is always
 * rendered. Secrets go into the digest, never anywhere readable.
 */
public final class RenderInputs {
    /**
     * Settings that never change what a render writes (connection, schedule, lease, window, per-layout and
     * per-target state written by every publish); any other key, including ones added later, counts.
     */
    private static final List<String> NOT_OUTPUT = List.of("layout.", "target.", "ui.", "schedule.", "lease.",
            "publish.", "backup.", "http.", "epg.auto-apply");

    private RenderInputs() {
    }

    /**
     * The digest for rendering {@code layoutName} at {@code now} with its playlist naming {@code guideLink} (""
     * for none); empty when its output moves with the clock.
     */
    public static Optional<String> of(LineupStore store, String layoutName, Instant now, String guideLink) {
        Optional<String> revision = store.layouts().revision(layoutName);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        LayoutOptions options = store.layouts().options(layoutName).orElse(null);
        if (options == null || options.guideDaysBack() != null || options.guideDaysAhead() != null) {
            return Optional.empty();
        }
        Digest d = new Digest();
        d.add("layout", layoutName, revision.get(), options.toString());
        d.add("names", String.join("\n", store.layouts().names()));
        // The playlist names its published guide: a new file name or guide link is new output.
        d.add("files", store.layouts().fileName(layoutName), guideLink);
        for (Source s : store.sources().list()) {
            d.add("source", s.toString(), store.sources().location(s), store.sources().password(s).orElse(""));
            d.add("categories", store.sources().categories(s.id()).toString());
            d.add("header", store.sources().headerDefaults(s.id()).toString());
            store.sources().guideFile(s.id()).ifPresent(g -> d.add("guide", g.toString(), stamp(g)));
        }
        for (Map.Entry<String, String> e : store.settings().all().entrySet()) {
            if (NOT_OUTPUT.stream().noneMatch(e.getKey()::startsWith)) {
                d.add("setting", e.getKey(), e.getValue());
            }
        }
        Installation inst = store.installation().get().orElse(null);
        d.add("installation", inst == null ? "" : inst.id() + "\n" + inst.name());
        d.add("day", now.truncatedTo(ChronoUnit.DAYS).toString()); // placeholder programmes start today
        d.add("build", buildStamp());
        return Optional.of(d.hex());
    }

    /** Size and modification time: a guide file replaced by a refresh, or touched by hand, differs. */
    private static String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    /** The jar (or class folder) doing the rendering: a new build may write other bytes from the same inputs. */
    private static String buildStamp() {
        try {
            CodeSource cs = LayoutRenderer.class.getProtectionDomain().getCodeSource();
            if (cs == null) {
                return "unknown";
            }
            Path p = Path.of(cs.getLocation().toURI());
            return Files.isDirectory(p)
                    ? stamp(p.resolve(LayoutRenderer.class.getName().replace('.', '/') + ".class"))
                    : stamp(p);
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /** SHA-256 over labelled, length-prefixed parts, so no two different inputs run together alike. */
    private static final class Digest {
        private final MessageDigest md = Hashing.newSha256();

        void add(String label, String... parts) {
            update(label);
            for (String p : parts) {
                update(p == null ? "\u0000null" : p);
            }
        }

        private void update(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            md.update((byte) ':');
            md.update(b);
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
