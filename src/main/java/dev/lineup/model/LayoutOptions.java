package dev.lineup.model;

/**
 * Output options of a layout. {@code guideDaysBack}/{@code guideDaysAhead} bound the published
 * guide to a day window around the time of output; {@code null} keeps every programme.
 */
public record LayoutOptions(Integer guideDaysBack, Integer guideDaysAhead, boolean gzipGuide, boolean plainGuide) {
    public static final LayoutOptions DEFAULTS = new LayoutOptions(null, null, true, true);
}
