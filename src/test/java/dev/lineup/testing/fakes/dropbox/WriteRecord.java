package dev.lineup.testing.fakes.dropbox;

import java.time.Instant;

/**
 * One change the fake applied, in order: who (account and the client's User-Agent), what (path, new
 * revision, size, content hash) and when (the fake's clock). For {@code lockfile.json} the lease's
 * {@code lockId}, owner instance and {@code state} ({@code unfinished} when a publish stopped part-way,
 * else null) are read from the content, so a race test can check that no two holders ever wrote at once
 * and tell a takeover of an unfinished lease (allowed at once) from one of a live lease. {@code op} is
 * {@code write} or {@code delete}.
 */
public record WriteRecord(long seq, Instant at, String op, String path, String rev, String accountId,
                          String client, long size, String contentHash, String lockId, String ownerInstanceId,
                          String leaseState) {
}
