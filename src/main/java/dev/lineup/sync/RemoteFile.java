package dev.lineup.sync;

import java.time.Instant;

/**
 * What a target knows of one remote file. {@code revision} is the provider's version token (Dropbox
 * rev, Drive version/etag, local mtime+size); {@code contentHash} is in the provider's own algorithm
 * (see {@link PublishTarget#contentHashOf}). {@code id} is the provider's file id where it has one.
 */
public record RemoteFile(String name, String id, long size, String revision, String contentHash,
                         Instant created, Instant modified) {
}
