package dev.lineup.store;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.model.SourceAttribute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON columns: attributes as {@code [[k,v],...]}, tag lines and names as arrays, facts as an object. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() { };

    private Json() {
    }

    static String attrs(List<SourceAttribute> attrs) {
        if (attrs.isEmpty()) {
            return null;
        }
        // Written by hand (same text as data binding wrote): a refresh writes this for every channel.
        StringBuilder sb = new StringBuilder(attrs.size() * 40);
        sb.append('[');
        for (SourceAttribute a : attrs) {
            sb.append(sb.length() == 1 ? "[" : ",[");
            quoted(sb, a.key()).append(',');
            quoted(sb, a.value()).append(']');
        }
        return sb.append(']').toString();
    }

    static List<SourceAttribute> attrs(String json) {
        if (json == null) {
            return List.of();
        }
        // Read with the streaming parser: output reads this for every channel of a layout.
        List<SourceAttribute> out = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            expect(p.nextToken() == JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t == JsonToken.START_ARRAY);
                String key = p.nextTextValue();
                String value = p.nextTextValue();
                expect(key != null && value != null && p.nextToken() == JsonToken.END_ARRAY);
                out.add(new SourceAttribute(key, value));
            }
        } catch (IOException e) {
            throw new StoreException("unreadable JSON column: " + e.getMessage(), e);
        }
        return out;
    }

    private static StringBuilder quoted(StringBuilder sb, String s) {
        sb.append('"');
        QUOTE.quoteAsString(s, sb);
        return sb.append('"');
    }

    private static void expect(boolean ok) throws JsonParseException {
        if (!ok) {
            throw new JsonParseException(null, "not an array of [key, value] pairs");
        }
    }

    static String strings(List<String> list) {
        return list.isEmpty() ? null : write(list);
    }

    static List<String> strings(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }

    static String facts(Map<String, String> facts) {
        return write(facts);
    }

    static Map<String, String> facts(String json) {
        return read(json, FACTS);
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode a JSON column: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable JSON column: " + e.getOriginalMessage(), e);
        }
    }
}
