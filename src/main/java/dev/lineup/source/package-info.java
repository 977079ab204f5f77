/**
 * Fetching and refreshing sources, and the stable identity that lets layouts survive a refresh.
 *
 * <h2>How a layout refers to a provider channel</h2>
 * Every provider entry gets a row in {@code source_channels} whose integer {@code id} is assigned once,
 * when the entry first appears. A layout channel stores {@code sc:ID}
 * ({@link dev.lineup.model.SourceChannel#ref()}) as its {@code sourceKey}. A refresh never replaces
 * rows: {@link dev.lineup.source.IdentityMatcher} recognises each refreshed entry as a stored one —
 * by Xtream {@code stream_id}, then {@code tvg-id} + group, then normalized name + group, then
 * {@code tvg-id} alone when unambiguous, then normalized URL — and the row is updated in place, so
 * the id and everything pointing at it stay. Renames, rotated tokens and passwords, and group moves
 * therefore change what a layout channel <em>shows</em> where the user has not overridden it, never
 * <em>which</em> channel it is.
 *
 * <p>Entries that disappear are marked {@code removed_at} ("removed by provider") and kept with
 * their id for {@code source.removed-keep-days}; if they come back they are matched like any other
 * and revived. Only after the keep period are they deleted, and a layout channel pointing at them
 * resolves to nothing (shown as missing).
 *
 * <p>The portable {@link dev.lineup.model.ChannelKey} keys are stored too ({@code key_*} columns), so
 * a layout file from elsewhere whose keys are {@code xtream:…}/{@code tvg:…}/{@code name:…}/{@code url:…}
 * still resolves ({@link dev.lineup.store.ChannelResolver}).
 *
 * <h2>All or nothing</h2>
 * A refresh backs the database up, fetches to a temporary file, reads, matches in memory and writes
 * everything in one transaction ({@link dev.lineup.store.ChannelStore#applyRefresh}). A failure,
 * a cancel or a killed process before the commit leaves the previous state.
 */
package dev.lineup.source;
