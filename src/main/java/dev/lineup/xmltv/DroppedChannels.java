package dev.lineup.xmltv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The channels whose programmes the byte-level skip ({@link ProgrammeSkipper}) takes out, looked up by the raw
 * bytes of a {@code channel} attribute: programmes of many channels are interleaved in most guides, and asking
 * the filter meant decoding a {@code String} for each of millions of programmes. Only "take out" answers are
 * remembered: a caller may note the channels it is asked about and change its answer over time (the first pass
 * of {@link XmltvFilter} passes programmes to the parser until it starts noting them), but never takes a channel
 * back once it said to drop it.
 */
final class DroppedChannels {
    /** Distinct channels remembered at most (a few MB); beyond that the filter is asked each time. */
    private static final int MAX_REMEMBERED = 1 << 16;

    private final Predicate<String> keepChannel;
    private byte[][] keys = new byte[256][];
    private int size;

    DroppedChannels(Predicate<String> keepChannel) {
        this.keepChannel = keepChannel;
    }

    /** Whether the programmes of the channel whose id is the UTF-8 bytes {@code b[from, to)} are taken out. */
    boolean drops(byte[] b, int from, int to) {
        int mask = keys.length - 1;
        int i = hash(b, from, to) & mask;
        for (byte[] k = keys[i]; k != null; i = (i + 1) & mask, k = keys[i]) {
            if (Arrays.equals(k, 0, k.length, b, from, to)) {
                return true;
            }
        }
        if (keepChannel.test(new String(b, from, to - from, StandardCharsets.UTF_8))) {
            return false;
        }
        if (size < MAX_REMEMBERED) {
            keys[i] = Arrays.copyOfRange(b, from, to);
            if (++size * 2 > keys.length) {
                grow();
            }
        }
        return true;
    }

    private void grow() {
        byte[][] old = keys;
        keys = new byte[old.length * 2][];
        int mask = keys.length - 1;
        for (byte[] k : old) {
            if (k != null) {
                int i = hash(k, 0, k.length) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
            }
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
