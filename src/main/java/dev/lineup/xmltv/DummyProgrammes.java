package dev.lineup.xmltv;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Placeholder programmes for channels without a guide, so players show the channel name instead of
 * "no information". {@link XmltvFilter} writes the channels after the real guide's channels and the
 * programmes after the real guide's programmes ({@code tv} allows channels only before programmes).
 * Blocks start on multiples of the block length since the epoch (60 min blocks start on the hour);
 * the last one is cut at the window's end.
 */
public final class DummyProgrammes {
    public static final Duration MIN_BLOCK = Duration.ofMinutes(5);
    public static final Duration MAX_BLOCK = Duration.ofHours(24);
    private static final DateTimeFormatter XMLTV_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DummyProgrammes NONE = new DummyProgrammes(List.of(), Instant.EPOCH, Instant.EPOCH,
            Duration.ofHours(1));

    /** A channel to give placeholder programmes: its XMLTV id (the playlist's tvg-id), name and logo. */
    public record Channel(String id, String name, String logo) {
        public Channel {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a dummy guide channel needs an id");
            }
            name = name == null || name.isBlank() ? id : name;
        }
    }

    private final List<Channel> channels;
    private final Instant from;
    private final Instant to;
    private final long step;

    private DummyProgrammes(List<Channel> channels, Instant from, Instant to, Duration block) {
        this.channels = List.copyOf(channels);
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (block.compareTo(MIN_BLOCK) < 0 || block.compareTo(MAX_BLOCK) > 0) {
            throw new IllegalArgumentException("dummy guide block must be between 5 minutes and 24 hours: " + block);
        }
        this.step = block.getSeconds();
    }

    /** No placeholder programmes. */
    public static DummyProgrammes none() {
        return NONE;
    }

    /** Placeholders for {@code channels} from {@code from} to {@code to} in blocks of {@code block}. */
    public static DummyProgrammes of(List<Channel> channels, Instant from, Instant to, Duration block) {
        return new DummyProgrammes(channels, from, to, block);
    }

    public boolean isEmpty() {
        return channels.isEmpty();
    }

    public List<Channel> channels() {
        return channels;
    }

    /**
     * Writes the channels whose id the real guide did not already write (a real guide always wins).
     * Returns the channels written, whose programmes {@link #writeProgrammes} then writes.
     */
    List<Channel> writeChannels(XmlSink sink, Set<String> writtenIds) {
        List<Channel> written = new ArrayList<>();
        for (Channel c : channels) {
            if (!writtenIds.add(c.id())) {
                continue;
            }
            written.add(c);
            ChannelElement.undescribed(c.id()).write(sink, c.id(), List.of(c.name()),
                    c.logo() == null || c.logo().isBlank() ? List.of() : List.of(c.logo()));
        }
        return written;
    }

    /** Writes the programmes of {@code written}; returns how many. */
    long writeProgrammes(List<Channel> written, XmlSink sink, Writer w, int flushAt) throws IOException {
        Instant first = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), step) * step);
        long count = 0;
        for (Channel c : written) {
            for (Instant s = first; s.isBefore(to); s = s.plusSeconds(step)) {
                Instant e = s.plusSeconds(step).isAfter(to) ? to : s.plusSeconds(step);
                sink.indent(1);
                sink.raw("<programme");
                sink.attribute("start", XMLTV_TIME.format(s));
                sink.attribute("stop", XMLTV_TIME.format(e));
                sink.attribute("channel", c.id());
                sink.raw('>');
                sink.indent(2);
                sink.raw("<title>").text(c.name());
                sink.raw("</title>");
                sink.indent(1);
                sink.raw("</programme>");
                count++;
                if (sink.length() > flushAt) {
                    sink.drainTo(w);
                }
            }
        }
        return count;
    }
}
