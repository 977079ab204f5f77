/**
 * The SQLite database of a data directory: {@link dev.lineup.store.LineupStore#open} gives every
 * store over it. Schema in {@code Migrations} (versioned, applied at start after a backup),
 * integrity check and repair from the newest good backup at start ({@code Recovery}), online backups
 * ({@link dev.lineup.store.Backups}), ordinary settings ({@link dev.lineup.store.Settings}) apart
 * from secrets ({@link dev.lineup.store.Secrets}). Every multi-row change runs in one transaction
 * ({@link dev.lineup.store.Database#tx}). How layouts refer to source channels is described in
 * {@code dev.lineup.source}'s package documentation.
 */
package dev.lineup.store;
