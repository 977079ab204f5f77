package dev.lineup.source;

import dev.lineup.model.Redactor;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Checks the file or URL a user gave for a source before it is used, so a typo is one sentence naming
 * it ({@link LocationFormatException}, exit 1), never an internal error from deep inside a client.
 */
public final class SourceLocations {
    private static final Pattern AUTHORITY = Pattern.compile("(?i)https?://(?:[^@/?#]*@)?(\\[[^\\]/?#]*\\]?|[^:/?#]*)(?::([^/?#]*))?.*");
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private SourceLocations() {
    }

    public static boolean isUrl(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** Fails with a sentence naming {@code location} (redacted) when it cannot be fetched at all. */
    public static void check(String location) throws LocationFormatException {
        if (isUrl(location)) {
            http(location);
        } else {
            local(location);
        }
    }

    static HttpUrl http(String url) throws LocationFormatException {
        String shown = Redactor.url(url);
        Matcher m = AUTHORITY.matcher(url);
        if (m.matches()) {
            String host = m.group(1);
            if (host.startsWith("[") && !host.endsWith("]")) {
                throw new LocationFormatException(shown + " is not a usable address: the IPv6 host has no closing ']'");
            }
            if (host.isEmpty()) {
                throw new LocationFormatException(shown + " is not a usable address: it names no host");
            }
            String port = m.group(2);
            if (port != null && !port.isEmpty() && (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1
                    || Integer.parseInt(port) > 65535)) {
                throw new LocationFormatException(shown + " is not a usable address: port " + port
                        + " is not a number from 1 to 65535");
            }
        }
        if (BAD_ESCAPE.matcher(url).find()) {
            throw new LocationFormatException(shown + " is not a usable address: a '%' must be followed by two hex "
                    + "digits (write a literal % as %25)");
        }
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new LocationFormatException(shown + " is not a usable address");
        }
        return parsed;
    }

    static Path local(String location) throws LocationFormatException {
        try {
            return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException e) { // InvalidPathException included
            throw new LocationFormatException(location + " is not a usable file name or file: address ("
                    + (e.getMessage() == null ? "malformed" : e.getMessage().replaceAll("[\\r\\n]+", " ")) + ")");
        }
    }
}
