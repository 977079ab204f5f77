package dev.lineup.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks credentials out of URLs before they reach a log, an exception message or the screen:
 * user info ({@code http://u:p@host}), credential-like query values ({@code username}, {@code password},
 * {@code token}, …) and the user/password segments of Xtream stream paths.
 */
public final class Redactor {
    public static final String MASK = "***";
    private static final Set<String> SECRET_PARAMS = Set.of("username", "password", "user", "pass", "pwd",
            "token", "auth", "key", "api_key", "apikey", "access_token", "refresh_token", "signature", "sig");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|rtmp|rtsp|udp|ftp)://[^\\s\"'<>]+");
    private static final Pattern XTREAM_PATH =
            Pattern.compile("^(/(?:live|movie|series|timeshift))/[^/]+/[^/]+/(.+)$");
    private static final Pattern XTREAM_BARE = Pattern.compile("^/[^/]+/[^/]+/(\\d+(?:\\.[A-Za-z0-9]+)?)$");

    private Redactor() {
    }

    /** The URL with credentials masked; null stays null. Non-URLs (file paths) come back unchanged. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int hostStart = scheme + 3;
        int pathStart = indexOfAny(url, hostStart, "/?#|");
        String authority = url.substring(hostStart, pathStart < 0 ? url.length() : pathStart);
        String rest = pathStart < 0 ? "" : url.substring(pathStart);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = MASK + "@" + authority.substring(at + 1);
        }
        int q = indexOfAny(rest, 0, "?#|");
        String path = q < 0 ? rest : rest.substring(0, q);
        String tail = q < 0 ? "" : rest.substring(q);
        Matcher m = XTREAM_PATH.matcher(path);
        if (m.matches()) {
            path = m.group(1) + "/" + MASK + "/" + MASK + "/" + m.group(2);
        } else {
            Matcher b = XTREAM_BARE.matcher(path);
            if (b.matches()) {
                path = "/" + MASK + "/" + MASK + "/" + b.group(1);
            }
        }
        return url.substring(0, hostStart) + authority + path + redactQuery(tail);
    }

    /** Every URL inside a free text (an exception message, a log line) redacted. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = URL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            // Trailing punctuation belongs to the sentence, not the URL ("…password=x: refused").
            String u = m.group();
            int end = u.length();
            while (end > 0 && ".,;:)!?".indexOf(u.charAt(end - 1)) >= 0) {
                end--;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(url(u.substring(0, end)) + u.substring(end)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String redactQuery(String tail) {
        if (!tail.startsWith("?")) {
            return tail;
        }
        int end = indexOfAny(tail, 1, "#|");
        String query = end < 0 ? tail.substring(1) : tail.substring(1, end);
        StringBuilder sb = new StringBuilder("?");
        String[] parts = query.split("&", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            int eq = p.indexOf('=');
            if (eq > 0 && SECRET_PARAMS.contains(p.substring(0, eq).toLowerCase(Locale.ROOT))) {
                p = p.substring(0, eq + 1) + MASK;
            }
            sb.append(i == 0 ? "" : "&").append(p);
        }
        return sb + (end < 0 ? "" : tail.substring(end));
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
