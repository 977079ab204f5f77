package dev.lineup.output;

import dev.lineup.model.LayoutOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Where and how to write one layout's output: {@code DIR/NAME.m3u}, {@code DIR/NAME.xml} and/or
 * {@code DIR/NAME.xml.gz}, and {@code DIR/lineup-manifest.json}. Without {@code allowEmpty}, a render
 * that found no channel at all fails ({@link EmptyRenderException}) and leaves the previous output. With
 * {@code forPublish} (a layout's output, which a publish compares with the files in its targets), each file's
 * Dropbox-style block hash is counted while it is written, beside its SHA-256; a folder {@code lineup render}
 * writes is not published, so it is spared that second pass over every byte.
 */
public record RenderRequest(String layoutName, String fileName, Path outDir, boolean plainGuide, boolean gzipGuide,
                            Integer guideDaysBack, Integer guideDaysAhead, Manifest.Instance instance, Instant now,
                            boolean allowEmpty, boolean forPublish) {
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
                o.guideDaysAhead(), instance, now, true, true);
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
