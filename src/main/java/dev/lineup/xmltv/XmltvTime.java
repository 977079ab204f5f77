package dev.lineup.xmltv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An XMLTV timestamp: {@code yyyyMMddHHmmss +hhmm} and every shorter form the DTD allows (down to
 * {@code yyyy}), with a numeric offset or a zone abbreviation ({@link ZoneNames}). Shifting moves the
 * wall-clock digits and keeps the offset, so {@code 20240101060000 -0400} stays in {@code -0400}: the
 * absolute instant moves by exactly the shift. A timestamp without an offset is UTC, as the DTD says.
 * It is always written in the one form {@code tv_validate_file} and every player read: {@link #format()}.
 */
record XmltvTime(LocalDateTime local, ZoneOffset offset) {
    /** Length of the canonical form {@code yyyyMMddHHmmss +hhmm}. */
    private static final int CANONICAL_LENGTH = 20;

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
        ZoneOffset offset = parseOffset(s, digits);
        if (offset == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(num(s, 0, 4), field(s, digits, 4, 1), field(s, digits, 6, 1),
                    field(s, digits, 8, 0), field(s, digits, 10, 0), field(s, digits, 12, 0));
            return new XmltvTime(local, offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Whether {@code text} is already in the canonical form, so a writer can pass it on untouched without
     * parsing it (the common case in real guides: checked with a few char comparisons, no allocation).
     */
    static boolean isCanonical(String text) {
        if (text == null || text.length() != CANONICAL_LENGTH || text.charAt(14) != ' ') {
            return false;
        }
        char sign = text.charAt(15);
        if (sign != '+' && sign != '-') {
            return false;
        }
        for (int i = 0; i < CANONICAL_LENGTH; i++) {
            if (i != 14 && i != 15 && !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #canonicalEpochSecond} returns for a canonical text that names no real time. */
    static final long INVALID = Long.MIN_VALUE;

    /**
     * The instant of a text {@link #isCanonical} accepted, in seconds since the epoch, or {@link #INVALID} where
     * {@link #parse} returns null (a 13th month, a 30th of February, an offset past 18 hours): the same answer as
     * {@code parse(text).instant()}, by arithmetic alone. The copy check of every kept programme asks it twice, and
     * a parse through {@code java.time} costs that thread more, compiled or not.
     */
    static long canonicalEpochSecond(String text) {
        int year = num(text, 0, 4);
        int month = num(text, 4, 6);
        int day = num(text, 6, 8);
        int hour = num(text, 8, 10);
        int minute = num(text, 10, 12);
        int second = num(text, 12, 14);
        int offsetHours = num(text, 16, 18);
        int offsetMinutes = num(text, 18, 20);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
                || second > 59 || offsetMinutes > 59 || offsetHours > 18 || offsetHours == 18 && offsetMinutes > 0) {
            return INVALID;
        }
        // days from 1970-01-01 to the date (proleptic Gregorian, as java.time counts): the civil-from-days inverse
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long days = era * 146_097L + dayOfEra - 719_468;
        int offset = (offsetHours * 3600 + offsetMinutes * 60) * (text.charAt(15) == '-' ? -1 : 1);
        return days * 86_400 + hour * 3600 + minute * 60 + second - offset;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    Instant instant() {
        return local.toInstant(offset);
    }

    XmltvTime plusSeconds(long seconds) {
        return seconds == 0 ? this : new XmltvTime(local.plusSeconds(seconds), offset);
    }

    /** {@code yyyyMMddHHmmss ±hhmm}: all digits, numeric offset (a zone name becomes its offset). */
    String format() {
        StringBuilder b = new StringBuilder(CANONICAL_LENGTH);
        pad(b, local.getYear(), 4);
        pad(b, local.getMonthValue(), 2);
        pad(b, local.getDayOfMonth(), 2);
        pad(b, local.getHour(), 2);
        pad(b, local.getMinute(), 2);
        pad(b, local.getSecond(), 2);
        int total = offset.getTotalSeconds();
        b.append(total < 0 ? " -" : " +");
        int minutes = Math.abs(total) / 60;
        pad(b, minutes / 60, 2);
        pad(b, minutes % 60, 2);
        return b.toString();
    }

    /** Accepts nothing (UTC), "+0300", "-04:00", "+03", or a zone name such as "BST", "Z", "utc". */
    private static ZoneOffset parseOffset(String s, int from) {
        int at = from;
        while (at < s.length() && s.charAt(at) == ' ') {
            at++;
        }
        if (at == s.length()) {
            return ZoneOffset.UTC;
        }
        char sign = s.charAt(at);
        if (sign != '+' && sign != '-') {
            return ZoneNames.offset(s.substring(at));
        }
        int h;
        int m = 0;
        int rest = s.length() - at - 1;
        if (rest == 2 && digitsAt(s, at + 1, 2)) {
            h = num(s, at + 1, at + 3);
        } else if (rest == 4 && digitsAt(s, at + 1, 4)) {
            h = num(s, at + 1, at + 3);
            m = num(s, at + 3, at + 5);
        } else if (rest == 5 && s.charAt(at + 3) == ':' && digitsAt(s, at + 1, 2) && digitsAt(s, at + 4, 2)) {
            h = num(s, at + 1, at + 3);
            m = num(s, at + 4, at + 6);
        } else {
            return null;
        }
        try {
            return sign == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digitsAt(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
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
        for (int limit = 10, w = 1; w < width; w++, limit *= 10) {
            if (v < limit) {
                b.append('0');
            }
        }
        b.append(v);
    }
}
