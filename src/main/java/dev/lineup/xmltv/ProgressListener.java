package dev.lineup.xmltv;

/** Told how far a guide run has got, so a UI or the CLI can show a progress line. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = bytes -> { };

    /**
     * Called every few hundred kilobytes with the bytes read so far from the input files, as stored on disk
     * (compressed bytes for a .gz), summed over all inputs of the programmes pass; equals the sum of the input
     * sizes when done.
     */
    void bytesRead(long bytes);
}
