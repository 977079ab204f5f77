package dev.lineup.layout;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Placeholder programmes for channels without a guide, so players show the channel name instead of
 * "no information". Written as XMLTV elements into a writer the output pipeline owns: channels with
 * the real guide's channels, programmes after the real guide's programmes ({@code tv} allows
 * channels only before programmes). Blocks start on multiples of the block length since the epoch
 * (60 min blocks start on the hour) and the last one is cut at the window's end.
 */
public final class DummyGuide {
    public static final Duration MIN_BLOCK = Duration.ofMinutes(5);
    public static final Duration MAX_BLOCK = Duration.ofHours(24);
    private static final DateTimeFormatter XMLTV_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DummyGuide() {
    }

    /** A channel to give placeholder programmes: its XMLTV id (the playlist's tvg-id), name and logo. */
    public record DummyChannel(String id, String name, String logo) {
        public DummyChannel {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a dummy guide channel needs an id");
            }
            name = name == null || name.isBlank() ? id : name;
        }
    }

    /** The guide window of a layout: whole UTC days, {@code guideDaysBack} before today to {@code guideDaysAhead} after. */
    public record Window(Instant from, Instant to) {
    }

    public static Window window(LayoutOptions options, Instant now) {
        int back = options.guideDaysBack() == null ? 0 : options.guideDaysBack();
        int ahead = options.guideDaysAhead() == null ? 7 : options.guideDaysAhead();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        return new Window(today.minus(Duration.ofDays(back)), today.plus(Duration.ofDays(ahead + 1L)));
    }

    /**
     * Visible channels mapped to no guide channel, with the id the playlist must carry as tvg-id: the
     * channel's own tvg-id, or else {@link #idFor}'s generated one.
     */
    public static List<DummyChannel> channelsFor(Layout layout) {
        List<DummyChannel> out = new ArrayList<>();
        for (LayoutGroup g : layout.groups()) {
            if (g.hidden()) {
                continue;
            }
            for (LayoutChannel c : g.channels()) {
                if (!c.hidden() && (c.guideChannel() == null || c.guideChannel().isBlank())) {
                    out.add(new DummyChannel(idFor(c), c.name(), c.logo()));
                }
            }
        }
        return out;
    }

    /** The XMLTV id of a channel's dummy guide; stable across runs (derived from its source key). */
    public static String idFor(LayoutChannel c) {
        if (c.tvgId() != null && !c.tvgId().isBlank()) {
            return c.tvgId().strip();
        }
        String slug = dev.lineup.model.ChannelKey.normalizeName(c.name()).replace(' ', '-');
        return "lineup-dummy." + (slug.isEmpty() ? "channel" : slug) + "." + Integer.toHexString(c.sourceKey().hashCode());
    }

    /** Channels then programmes, without the enclosing {@code tv} element. */
    public static void write(XMLStreamWriter w, List<DummyChannel> channels, Instant from, Instant to, Duration block)
            throws XMLStreamException {
        writeChannels(w, channels);
        writeProgrammes(w, channels, from, to, block);
    }

    public static void writeChannels(XMLStreamWriter w, List<DummyChannel> channels) throws XMLStreamException {
        for (DummyChannel c : channels) {
            w.writeStartElement("channel");
            w.writeAttribute("id", xmlSafe(c.id()));
            w.writeStartElement("display-name");
            w.writeCharacters(xmlSafe(c.name()));
            w.writeEndElement();
            if (c.logo() != null && !c.logo().isBlank()) {
                w.writeEmptyElement("icon");
                w.writeAttribute("src", xmlSafe(c.logo()));
            }
            w.writeEndElement();
        }
    }

    public static void writeProgrammes(XMLStreamWriter w, List<DummyChannel> channels, Instant from, Instant to,
                                       Duration block) throws XMLStreamException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (block.compareTo(MIN_BLOCK) < 0 || block.compareTo(MAX_BLOCK) > 0) {
            throw new IllegalArgumentException("dummy guide block must be between 5 minutes and 24 hours: " + block);
        }
        long step = block.getSeconds();
        Instant first = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), step) * step);
        for (DummyChannel c : channels) {
            String id = xmlSafe(c.id());
            String title = xmlSafe(c.name());
            for (Instant s = first; s.isBefore(to); s = s.plusSeconds(step)) {
                Instant e = s.plusSeconds(step).isAfter(to) ? to : s.plusSeconds(step);
                w.writeStartElement("programme");
                w.writeAttribute("start", XMLTV_TIME.format(s));
                w.writeAttribute("stop", XMLTV_TIME.format(e));
                w.writeAttribute("channel", id);
                w.writeStartElement("title");
                w.writeCharacters(title);
                w.writeEndElement();
                w.writeEndElement();
            }
        }
    }

    /**
     * Drops what XML 1.0 cannot carry at all (control characters, lone surrogates): the writer escapes
     * {@code & < > "} but would write these through and make the whole guide unreadable.
     */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(ch).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = ch == 0x9 || ch == 0xA || ch == 0xD || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }
}
