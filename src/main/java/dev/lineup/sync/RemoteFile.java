package dev.lineup.sync;

import java.time.Instant;

/**
 * What a target knows of one remote file. {@code revision} is the provider's version token (Dropbox
 * rev, Drive version/etag, local mtime+size); {@code contentHash} is in the provider's own algorithm
 * (see {@link PublishTarget#contentHashOf}). {@code id} is the provider's file id where it has one.
 * {@code modifiedBy} names who last changed it where the provider says (Drive's lastModifyingUser,
 * Dropbox's sharing_info.modified_by in a shared folder); null otherwise.
 */
public record RemoteFile(String name, String id, long size, String revision, String contentHash,
                         Instant created, Instant modified, String modifiedBy) {

    public RemoteFile(String name, String id, long size, String revision, String contentHash, Instant created,
                      Instant modified) {
        this(name, id, size, revision, contentHash, created, modified, null);
    }
}
