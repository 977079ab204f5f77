package dev.lineup.output;

import dev.lineup.m3u.M3uAttribute;
import dev.lineup.m3u.M3uHeader;
import dev.lineup.model.Catchup;
import dev.lineup.model.LayoutOptions;
import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.Source;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceKind;
import dev.lineup.model.Timing;
import dev.lineup.store.LineupStore;
import dev.lineup.model.PublishedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code #EXTM3U} line of a playlist we write. The provider's own guide URLs are dropped (they would
 * point players past our filtered, shifted guide) and ours is named instead, as {@code url-tvg} (Kodi IPTV
 * Simple, VLC) and {@code x-tvg-url} (TiviMate and most others), so one URL is all a player needs. Every
 * other provider attribute (catch-up and shift defaults) stays.
 */
public final class PlaylistHeader {
    private PlaylistHeader() {
    }

    /** {@code provider}'s header for players, naming {@code guideLink} as the guide (null: no guide link). */
    public static M3uHeader forPlayers(M3uHeader provider, String guideLink) {
        List<M3uAttribute> attrs = new ArrayList<>();
        for (M3uAttribute a : provider.attributes()) {
            // Header junk that is not an attribute (e.g. a bare URL after a comma in url-tvg) is not carried over.
            if (!a.key().equalsIgnoreCase("url-tvg") && !a.key().equalsIgnoreCase("x-tvg-url")
                    && a.key().matches("[^\\s=,\"]+")) {
                attrs.add(a);
            }
        }
        if (guideLink != null && !guideLink.isBlank()) {
            attrs.add(0, new M3uAttribute("x-tvg-url", guideLink));
            attrs.add(0, new M3uAttribute("url-tvg", guideLink));
        }
        return new M3uHeader(attrs);
    }

    /**
     * The providers' header catch-up and time shift defaults a layout's playlist keeps: those every playlist
     * source stored at its last refresh when they all agree (a header default applies to every channel of the
     * playlist, so one provider's would otherwise be claimed for another's channels). A player applies them to
     * every entry without its own value, so where the layout sets a time shift at any level the header's
     * {@code tvg-shift} goes (the guide is moved instead; a player would shift those channels twice), and where
     * it sets catch-up other than "as the provider" at any level the header's catch-up attributes go
     * (docs/layout-format.md).
     */
    public static M3uHeader providerDefaults(LineupStore store, Layout layout) {
        List<SourceAttribute> agreed = null;
        for (Source s : store.sources().list()) {
            if (s.kind() == SourceKind.EPG) {
                continue;
            }
            List<SourceAttribute> these = store.sources().headerDefaults(s.id());
            if (agreed != null && !agreed.equals(these)) {
                return M3uHeader.EMPTY;
            }
            agreed = these;
        }
        if (agreed == null || agreed.isEmpty()) {
            return M3uHeader.EMPTY;
        }
        List<Timing> levels = new ArrayList<>(layout.timing().sources().values());
        levels.add(layout.timing().playlist());
        for (LayoutGroup g : layout.groups()) {
            levels.add(g.timing());
            g.channels().forEach(c -> levels.add(c.timing()));
        }
        boolean ownShift = levels.stream().anyMatch(t -> t.shiftHours() != null);
        boolean ownCatchup = levels.stream().anyMatch(t -> t.catchup() != null
                && t.catchup().mode() != Catchup.Mode.PROVIDER);
        List<M3uAttribute> kept = new ArrayList<>();
        for (SourceAttribute a : agreed) {
            boolean shiftKey = a.key().toLowerCase(Locale.ROOT).equals("tvg-shift");
            if (shiftKey ? !ownShift : !ownCatchup) {
                kept.add(new M3uAttribute(a.key(), a.value()));
            }
        }
        return new M3uHeader(kept);
    }

    /**
     * The link players load the layout's guide from, as its last publish left it: the gzip guide where the
     * layout publishes one (smaller, and every player we know reads it), else the plain one. Share links are
     * stable per file, so this is the same from one publish to the next. Empty before the first publish.
     */
    public static Optional<String> guideLink(List<PublishedFile> published, String fileName, LayoutOptions o) {
        List<String> wanted = o.gzipGuide() ? List.of(fileName + ".xml.gz", fileName + ".xml")
                : List.of(fileName + ".xml", fileName + ".xml.gz");
        for (String name : wanted) {
            for (PublishedFile f : published) {
                if (f.name().equals(name) && f.shareLink() != null && !f.shareLink().isBlank()) {
                    return Optional.of(f.shareLink());
                }
            }
        }
        return Optional.empty();
    }
}
