package dev.lineup.store;

/**
 * What the identity matcher needs of one stored channel. Streamed by
 * {@link SourceStore#forEachIdentity}, never held as a list, so a 200k-channel source stays small.
 */
public record IdentityRow(long id, int position, long fingerprint, boolean removed, String keyStream, String keyTvg,
                          String keyName, String keyUrl, String tvgId, String name, String group, String url) {
}
