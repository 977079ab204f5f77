package dev.lineup.output;

import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Where and how to write one layout's output: {@code DIR/NAME.m3u}, {@code DIR/NAME.xml} and/or
 * {@code DIR/NAME.xml.gz}, and {@code DIR/lineup-manifest.json}. Without {@code allowEmpty}, a render
 * that found no channel at all fails ({@link EmptyRenderException}) and leaves the previous output.
 */
public record RenderRequest(String layoutName, String fileName, Path outDir, boolean plainGuide, boolean gzipGuide,
                            Integer guideDaysBack, Integer guideDaysAhead, Manifest.Instance instance, Instant now,
                            boolean allowEmpty) {
    public RenderRequest {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(outDir, "outDir");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("output name must be a plain file name: '" + fileName + "'");
        }
        if (!plainGuide && !gzipGuide) {
            throw new IllegalArgumentException("at least one of plain and gzip guide output is needed");
        }
    }

    /**
     * A request taking the layout's own guide options. A layout's output may be empty: its channels are
     * what the user chose (and a refresh never empties a source without being told to).
     */
    public static RenderRequest forLayout(String layoutName, String fileName, Path outDir, LayoutOptions o,
                                          Manifest.Instance instance, Instant now) {
        return new RenderRequest(layoutName, fileName, outDir, o.plainGuide(), o.gzipGuide(), o.guideDaysBack(),
                o.guideDaysAhead(), instance, now, true);
    }

    public String playlistName() {
        return fileName + ".m3u";
    }

    public String guideName() {
        return fileName + ".xml";
    }

    public String gzipGuideName() {
        return fileName + ".xml.gz";
    }
}
