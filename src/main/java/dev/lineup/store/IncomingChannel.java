package dev.lineup.store;

import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceChannel;

/**
 * A channel as a refresh is about to store it: its content ({@code channel.url} is null for Xtream,
 * whose URLs carry the password) and the URL to derive its URL key from.
 */
public record IncomingChannel(SourceChannel channel, String keyUrl) {

    public StoredKeys keys() {
        return StoredKeys.of(channel, keyUrl);
    }

    /** A hash of everything stored for the channel except its position: equal means "nothing changed". */
    public long fingerprint() {
        return fingerprint(channel);
    }

    static long fingerprint(SourceChannel c) {
        Hash64 h = Hash64.start().add(c.kind().word()).add(c.name()).add(c.group()).add(c.url()).add(c.urlSuffix())
                .add(c.tvgId()).add(c.tvgName()).add(c.logo()).add(c.streamId()).add(c.extension()).add(c.duration());
        for (SourceAttribute a : c.attributes()) {
            h = h.add(a.key()).add(a.value());
        }
        for (String l : c.extraLines()) {
            h = h.add(l);
        }
        return h.value();
    }
}
