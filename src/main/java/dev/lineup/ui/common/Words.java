package dev.lineup.ui.common;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that are code words in the engine ({@code secondary-local}, {@code m3u}, a backup's file name, an ISO
 * instant) as a user reads them. The engine's words stay as they are on the command line and in files.
 */
public final class Words {
    private static final Pattern BACKUP = Pattern.compile("lineup-(\\d{8}T\\d{6}\\.\\d{3}Z)-(.+)\\.db");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    private Words() {
    }

    /** An enum value's words from the catalogue, e.g. {@code role.SECONDARY_LOCAL}, {@code kind.M3U}. */
    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : Texts.get(prefix + "." + value.name());
    }

    /** A backup by its date and reason: "today 22:15 (2 min ago) — before a source refresh". */
    public static String backup(Path file, Instant now) {
        String name = file.getFileName().toString();
        Matcher m = BACKUP.matcher(name);
        if (!m.matches()) {
            return name;
        }
        Instant at;
        try {
            at = Instant.from(STAMP.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return name;
        }
        String reason = m.group(2);
        String why = reason.equals("manual") ? Texts.get("backup.reason.manual")
                : reason.equals("before-restore") ? Texts.get("backup.reason.before-restore")
                : reason.startsWith("refresh") ? Texts.get("backup.reason.refresh")
                : Texts.get("backup.reason.other", reason);
        return Texts.get("backup.line", LocalTimes.dayWithAge(at, now), why);
    }

    /** {@code text} with every ISO instant in it written in local time ("since 2026-12-06T19:11:19.123Z" → local). */
    public static String localTimesIn(String text, Instant now) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO_INSTANT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String local;
            try {
                local = LocalTimes.dayWithAge(Instant.parse(m.group()), now);
            } catch (DateTimeParseException e) {
                local = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(local));
        }
        m.appendTail(out);
        return out.toString();
    }
}
