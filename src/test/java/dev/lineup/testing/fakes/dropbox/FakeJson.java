package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON helpers for the Dropbox wire format: {@code .tag} unions that may also arrive as plain strings. */
final class FakeJson {
    /** Headers must stay ASCII, as Dropbox's own Dropbox-API-Result does. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private FakeJson() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new FakeApiError(400, "bad JSON body", null);
        }
    }

    static JsonNode parse(String text) {
        return parse(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(JsonNode node) {
        return new String(bytes(node), StandardCharsets.US_ASCII);
    }

    /** The tag of a union value: either {@code "overwrite"} or {@code {".tag":"update","update":...}}. */
    static String tag(JsonNode union) {
        if (union == null || union.isNull()) {
            return null;
        }
        return union.isTextual() ? union.asText() : union.path(".tag").asText(null);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static ObjectNode nestedTags(String... tags) {
        ObjectNode root = object();
        ObjectNode cur = root;
        for (int i = 0; i < tags.length; i++) {
            cur.put(".tag", tags[i]);
            if (i + 1 < tags.length) {
                ObjectNode next = object();
                cur.set(tags[i], next);
                cur = next;
            }
        }
        return root;
    }

    static ObjectNode errorBody(String summary, JsonNode error) {
        ObjectNode body = object();
        body.put("error_summary", summary);
        if (error != null) {
            body.set("error", error);
        }
        return body;
    }
}
