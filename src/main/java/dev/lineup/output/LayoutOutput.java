package dev.lineup.output;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uEntry;
import dev.lineup.model.Layout;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceChannel;
import dev.lineup.store.LineupStore;
import dev.lineup.store.ResolvedChannel;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Renders a layout stored in the database into a folder (playlist, guide, manifest), with the channels
 * the store resolves and the guide files of every refreshed guide source.
 */
public final class LayoutOutput {
    private LayoutOutput() {
    }

    /** Renders {@code layoutName} into {@code dir}; {@link NoSuchElementException} if there is no such layout. */
    public static RenderResult render(LineupStore store, String layoutName, Path dir, RenderProgress progress)
            throws IOException {
        Layout layout = store.layouts().load(layoutName)
                .orElseThrow(() -> new NoSuchElementException("no layout named \"" + layoutName + "\""));
        List<OutputChannel> channels = new ArrayList<>();
        int missing = 0;
        for (ResolvedChannel rc : store.resolver().resolve(layout)) {
            if (rc.group().hidden() || rc.edit().hidden()) {
                continue;
            }
            if (!rc.resolved() || rc.removedByProvider() || rc.url() == null) {
                missing++;
                continue;
            }
            channels.add(new OutputChannel(rc.group().name(), rc.edit(), entryOf(rc.source())));
        }
        RenderRequest req = RenderRequest.forLayout(layout.name(), fileNameOf(layout.name()), dir, layout.options(),
                instance(store), Instant.now());
        return LayoutRenderer.render(req, channels, store.sources().guideFiles(), missing, List.of(), progress);
    }

    /** The base file name of a layout's output: its name with anything but letters, digits, space, . _ - replaced. */
    public static String fileNameOf(String layoutName) {
        String s = layoutName.replaceAll("[^\\p{L}\\p{N} ._-]", "_").trim();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "layout" : s;
    }

    private static M3uEntry entryOf(SourceChannel sc) {
        List<M3uAttribute> attrs = new ArrayList<>();
        add(attrs, "tvg-id", sc.tvgId());
        add(attrs, "tvg-name", sc.tvgName());
        add(attrs, "tvg-logo", sc.logo());
        add(attrs, "group-title", sc.group());
        for (SourceAttribute a : sc.attributes()) {
            attrs.add(new M3uAttribute(a.key(), a.value()));
        }
        return new M3uEntry(0, sc.duration() == null ? "-1" : sc.duration(), attrs, sc.name(), null, sc.extraLines(),
                sc.url(), sc.urlSuffix());
    }

    private static void add(List<M3uAttribute> attrs, String key, String value) {
        if (value != null && !value.isBlank()) {
            attrs.add(new M3uAttribute(key, value));
        }
    }

    private static Manifest.Instance instance(LineupStore store) {
        return store.installation().get().map(i -> new Manifest.Instance(i.id(), i.name()))
                .orElseGet(() -> new Manifest.Instance("uninitialized", host()));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
