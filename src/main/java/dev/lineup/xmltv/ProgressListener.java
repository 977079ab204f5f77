package dev.lineup.xmltv;

/** Told how far a guide run has got, so a UI or the CLI can show a progress line. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = bytes -> { };

    /**
     * Called every few hundred kilobytes with the bytes read so far from the input files, as stored on disk
     * (compressed bytes for a .gz), summed over all inputs of the programmes pass; equals the sum of the input
     * sizes when done. May be called from the thread that reads the guide ahead of the parser: must be thread-safe.
     */
    void bytesRead(long bytes);
}
