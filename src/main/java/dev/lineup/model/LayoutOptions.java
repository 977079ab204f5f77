package dev.lineup.model;

/**
 * Output options of a layout. {@code guideDaysBack}/{@code guideDaysAhead} bound the published
 * guide to a day window around the time of output; {@code null} keeps every programme.
 * {@code placeholderGuides}: channels no guide has get placeholder programmes (one block per hour or as
 * setting {@code guide.dummy.block-minutes} says) so players show a line for them; off for a new layout.
 */
public record LayoutOptions(Integer guideDaysBack, Integer guideDaysAhead, boolean gzipGuide, boolean plainGuide,
                            boolean placeholderGuides) {
    /** What a new layout starts with: the whole guide, gzipped and plain, no placeholder programmes. */
    public static final LayoutOptions DEFAULTS = new LayoutOptions(null, null, true, true, false);

    /** Without placeholder programmes. */
    public LayoutOptions(Integer guideDaysBack, Integer guideDaysAhead, boolean gzipGuide, boolean plainGuide) {
        this(guideDaysBack, guideDaysAhead, gzipGuide, plainGuide, false);
    }

    public LayoutOptions withPlaceholderGuides(boolean on) {
        return new LayoutOptions(guideDaysBack, guideDaysAhead, gzipGuide, plainGuide, on);
    }
}
