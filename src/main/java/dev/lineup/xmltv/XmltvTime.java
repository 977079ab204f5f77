package dev.lineup.xmltv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An XMLTV timestamp ({@code yyyyMMddHHmmss +hhmm} and its shorter forms) that remembers how it was written.
 * Shifting moves the wall-clock digits and keeps the offset text verbatim, so {@code 20240101060000 -0400}
 * stays in {@code -0400}: the absolute instant moves by exactly the shift, whatever the offset.
 * A timestamp without an offset is UTC, as the XMLTV DTD says.
 */
record XmltvTime(LocalDateTime local, int digits, String suffix, ZoneOffset offset) {

    /** Parses leniently; returns null for text that is not an XMLTV timestamp. */
    static XmltvTime parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        int digits = 0;
        while (digits < s.length() && digits < 14 && isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits < 4 || digits % 2 != 0) {
            return null;
        }
        String suffix = s.substring(digits);
        ZoneOffset offset = parseOffset(suffix.strip());
        if (offset == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(num(s, 0, 4), field(s, digits, 4, 1), field(s, digits, 6, 1),
                    field(s, digits, 8, 0), field(s, digits, 10, 0), field(s, digits, 12, 0));
            return new XmltvTime(local, digits, suffix, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    Instant instant() {
        return local.toInstant(offset);
    }

    XmltvTime plusSeconds(long seconds) {
        if (seconds == 0) {
            return this;
        }
        LocalDateTime moved = local.plusSeconds(seconds);
        return new XmltvTime(moved, Math.max(digits, precisionNeeded(moved)), suffix, offset);
    }

    /** The timestamp in its original notation (more digits only when a shift needs them). */
    String format() {
        StringBuilder b = new StringBuilder(digits + suffix.length());
        pad(b, local.getYear(), 4);
        int[] rest = {local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(),
                local.getSecond()};
        for (int i = 0; i < (digits - 4) / 2; i++) {
            pad(b, rest[i], 2);
        }
        return b.append(suffix).toString();
    }

    private static int precisionNeeded(LocalDateTime t) {
        if (t.getSecond() != 0) {
            return 14;
        }
        if (t.getMinute() != 0) {
            return 12;
        }
        if (t.getHour() != 0) {
            return 10;
        }
        return t.getDayOfMonth() != 1 ? 8 : t.getMonthValue() != 1 ? 6 : 4;
    }

    /** Accepts "", "+0300", "-04:00", "+03", "Z", "UTC", "GMT" (case-insensitive). */
    private static ZoneOffset parseOffset(String o) {
        if (o.isEmpty() || o.equalsIgnoreCase("Z") || o.equalsIgnoreCase("UTC") || o.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        char sign = o.charAt(0);
        if (sign != '+' && sign != '-') {
            return null;
        }
        String hm = o.substring(1).replace(":", "");
        if ((hm.length() != 2 && hm.length() != 4) || !hm.chars().allMatch(XmltvTime::isDigit)) {
            return null;
        }
        int h = Integer.parseInt(hm.substring(0, 2));
        int m = hm.length() == 4 ? Integer.parseInt(hm.substring(2)) : 0;
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int field(String s, int digits, int at, int absent) {
        return at < digits ? num(s, at, at + 2) : absent;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            b.append('0');
        }
        b.append(s);
    }
}
