package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers; the server adds Date and writes it. */
record FakeResponse(int status, Map<String, String> headers, byte[] body) {

    static FakeResponse json(JsonNode node) {
        return new FakeResponse(200, Map.of("Content-Type", "application/json"), FakeJson.bytes(node));
    }

    static FakeResponse jsonNull() {
        return new FakeResponse(200, Map.of("Content-Type", "application/json"),
                "null".getBytes(StandardCharsets.US_ASCII));
    }

    static FakeResponse of(FakeApiError e) {
        if (e.error == null) {
            return text(e.status, e.summary);
        }
        return new FakeResponse(e.status, Map.of("Content-Type", "application/json"),
                FakeJson.bytes(FakeJson.errorBody(e.summary + "..", e.error)));
    }

    static FakeResponse text(int status, String text) {
        return new FakeResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    static FakeResponse redirect(String location) {
        return new FakeResponse(302, Map.of("Location", location), new byte[0]);
    }

    static FakeResponse download(JsonNode result, byte[] content) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/octet-stream");
        h.put("Dropbox-API-Result", FakeJson.string(result));
        return new FakeResponse(200, h, content);
    }
}
