package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/** The fake Dropbox's HTTP framing: reading a request's body and argument, writing an answer as Dropbox does. */
final class FakeWire {
    static final Set<String> CONTENT_ROUTES = Set.of("/2/files/upload", "/2/files/download",
            "/2/files/upload_session/start", "/2/files/upload_session/append_v2", "/2/files/upload_session/finish");

    private FakeWire() {
    }

    /**
     * With a Content-Length the body is read straight into one array of that size: readAllBytes would
     * gather a 200 MB upload in small buffers and copy it again, a cost (and GC jitter) no client causes.
     */
    static byte[] readBody(HttpExchange ex) throws IOException {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        InputStream in = ex.getRequestBody();
        if (length == null) {
            return in.readAllBytes();
        }
        byte[] body = new byte[Math.toIntExact(Long.parseLong(length.trim()))];
        int n = in.readNBytes(body, 0, body.length);
        if (n < body.length) {
            throw new IOException("request body ended after " + n + " of " + body.length + " bytes");
        }
        return body;
    }

    static String argText(String path, HttpExchange ex, byte[] body) {
        if (CONTENT_ROUTES.contains(path)) {
            String header = ex.getRequestHeaders().getFirst("Dropbox-API-Arg");
            return header == null ? "{}" : header;
        }
        if (path.startsWith("/2/")) {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        return "";
    }

    static FakeResponse faultResponse(Fault f) {
        String type = f.body() != null && f.body().startsWith("{") ? "application/json" : "text/plain";
        FakeResponse r = new FakeResponse(f.status(), Map.of("Content-Type", type),
                f.body() == null ? new byte[0] : f.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (f.retryAfter() != null) {
            Map<String, String> h = new java.util.HashMap<>(r.headers());
            h.put("Retry-After", Long.toString(f.retryAfter().toSeconds()));
            r = new FakeResponse(r.status(), h, r.body());
        }
        return r;
    }

    static String summary(FakeResponse r) {
        if (r.status() < 400) {
            return null;
        }
        String text = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            JsonNode n = FakeJson.MAPPER.readTree(text);
            return n.has("error_summary") ? n.get("error_summary").asText() : text;
        } catch (IOException | RuntimeException e) {
            return text;
        }
    }

    static void send(HttpExchange ex, FakeResponse r) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.getResponseHeaders().set("Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        boolean empty = r.body().length == 0;
        ex.sendResponseHeaders(r.status(), empty ? -1 : r.body().length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
        ex.close();
    }
}
