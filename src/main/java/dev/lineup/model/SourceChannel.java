package dev.lineup.model;

import java.time.Instant;
import java.util.List;

/**
 * One provider entry as last refreshed. {@code id} is the stable internal id: it is assigned when the
 * channel first appears and kept by every refresh that recognises the channel (see
 * {@code dev.lineup.source.IdentityMatcher}), so {@link #ref()} is what a layout stores.
 *
 * <p>{@code url} is the playable URL for playlist sources; for Xtream sources it is null in the
 * database (the password is a secret) and filled in by the resolver. {@code attributes} are the
 * entry's attributes other than tvg-id, tvg-name, tvg-logo and group-title; {@code extraLines} are
 * its {@code #EXTVLCOPT}/{@code #KODIPROP}/other tag lines, verbatim. {@code removedAt} is set while
 * the provider no longer lists the channel.
 */
public record SourceChannel(long id, long sourceId, StreamKind kind, int position, String name, String group,
                            String url, String urlSuffix, String tvgId, String tvgName, String logo,
                            String streamId, String extension, String duration,
                            List<SourceAttribute> attributes, List<String> extraLines, Instant removedAt) {
    /** Prefix of a layout's {@code sourceKey} that names a source channel by its internal id. */
    public static final String REF_PREFIX = "sc:";

    public SourceChannel {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        extraLines = extraLines == null ? List.of() : List.copyOf(extraLines);
    }

    /** What a layout channel stores as {@code sourceKey}: survives renames, token rotation and moves. */
    public String ref() {
        return REF_PREFIX + id;
    }

    /** The portable {@link ChannelKey} keys, strongest first (for layout files used elsewhere). */
    public List<String> keys() {
        return ChannelKey.keys(streamId, tvgId, group, name, url);
    }

    public boolean removed() {
        return removedAt != null;
    }

    public SourceChannel withId(long newId) {
        return new SourceChannel(newId, sourceId, kind, position, name, group, url, urlSuffix, tvgId, tvgName, logo,
                streamId, extension, duration, attributes, extraLines, removedAt);
    }

    public SourceChannel withUrl(String newUrl) {
        return new SourceChannel(id, sourceId, kind, position, name, group, newUrl, urlSuffix, tvgId, tvgName, logo,
                streamId, extension, duration, attributes, extraLines, removedAt);
    }
}
