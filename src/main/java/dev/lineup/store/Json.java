package dev.lineup.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lineup.model.SourceAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON columns: attributes as {@code [[k,v],...]}, tag lines and names as arrays, facts as an object. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() { };

    private Json() {
    }

    static String attrs(List<SourceAttribute> attrs) {
        if (attrs.isEmpty()) {
            return null;
        }
        List<List<String>> pairs = new ArrayList<>(attrs.size());
        for (SourceAttribute a : attrs) {
            pairs.add(List.of(a.key(), a.value()));
        }
        return write(pairs);
    }

    static List<SourceAttribute> attrs(String json) {
        if (json == null) {
            return List.of();
        }
        List<SourceAttribute> out = new ArrayList<>();
        for (List<String> p : read(json, PAIRS)) {
            out.add(new SourceAttribute(p.get(0), p.get(1)));
        }
        return out;
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
