package dev.lineup.m3u;

import java.util.List;
import java.util.Objects;

/**
 * One playable entry of a playlist.
 *
 * @param line       line number (1-based) of its {@code #EXTINF}, or of the URL for a bare URL without one
 * @param duration   the {@code #EXTINF} duration as written ({@code "-1"} for live channels; {@code "-1"} when the
 *                   line gives none); null only for a bare URL that had no {@code #EXTINF} at all
 * @param attributes every attribute of the {@code #EXTINF} line, known and unknown, in order
 * @param name       the display name after the attribute list (commas allowed), trimmed; may be empty
 * @param group      the {@code #EXTGRP} value, or null when the entry has none
 * @param extraLines other tag lines of the entry ({@code #EXTVLCOPT:…}, {@code #KODIPROP:…}, …), verbatim, in order
 * @param url        the stream URL without its {@code |header} suffix
 * @param urlSuffix  the text after the first {@code |} of the URL line (HTTP headers for Kodi/TiviMate), or null
 */
public record M3uEntry(int line, String duration, List<M3uAttribute> attributes, String name, String group,
                       List<String> extraLines, String url, String urlSuffix) {
    public M3uEntry {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        extraLines = extraLines == null ? List.of() : List.copyOf(extraLines);
        name = name == null ? "" : name;
        Objects.requireNonNull(url, "url");
    }

    /** First value of attribute {@code key} (case-insensitive: {@code tvg-ID} is seen in the wild), or null. */
    public String attr(String key) {
        return M3uAttribute.find(attributes, key);
    }

    public String tvgId() {
        return attr("tvg-id");
    }

    public String tvgName() {
        return attr("tvg-name");
    }

    public String tvgLogo() {
        return attr("tvg-logo");
    }

    public String groupTitle() {
        return attr("group-title");
    }

    /** The URL line as a player sees it: the URL plus its {@code |suffix}, if any. */
    public String fullUrl() {
        return urlSuffix == null ? url : url + '|' + urlSuffix;
    }
}
