package dev.lineup.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Lenient readers of the values Xtream panels send (numbers as strings, absurd numbers for "never"). */
final class XtreamValues {
    private XtreamValues() {
    }

    /**
     * The scalar values of {@code keys} in the object the parser stands on (at its START_OBJECT), as text;
     * everything else, nested or not, is skipped without being read into memory.
     */
    static Map<String, String> scalars(JsonParser p, Set<String> keys) throws IOException {
        Map<String, String> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (keys.contains(key) && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                out.put(key, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    /** A whole number that fits an int, else null (panels send "99999999999" for unlimited). */
    static Integer intOrNull(String s) {
        if (s == null || !s.strip().matches("-?\\d{1,10}")) {
            return null;
        }
        long v = Long.parseLong(s.strip());
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
    }

    /** The last second of year 9999: panels send 2^63-1 and the like for "never expires". */
    private static final long LAST_SECOND = 253_402_300_799L;

    /** An epoch-second expiry, or null (never) for none or one past year 9999. */
    static Instant epochSecond(String s) {
        if (s == null || !s.strip().matches("\\d{1,19}")) {
            return null;
        }
        String digits = s.strip();
        if (digits.length() > 12) {
            return null;
        }
        long v = Long.parseLong(digits);
        return v > LAST_SECOND ? null : Instant.ofEpochSecond(v);
    }
}
