package dev.lineup.testing.fakes.gdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** One request to the fake, with Drive's wire conventions (method override, gzip bodies, error JSON). */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final HttpExchange exchange;
    final String method;
    final String path;
    final Map<String, String> query;

    Http(HttpExchange exchange) {
        this.exchange = exchange;
        String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
        this.method = override != null && "POST".equals(exchange.getRequestMethod())
                ? override.toUpperCase() : exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getRawPath();
        this.query = parseForm(exchange.getRequestURI().getRawQuery());
    }

    String pathAndQuery() {
        String q = exchange.getRequestURI().getRawQuery();
        return q == null ? path : path + "?" + q;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /**
     * The request body, un-gzipped when the client compressed it (google-http-client does for JSON).
     * Closing it leaves the exchange's stream open, so {@link #send} can still read what a handler left.
     */
    InputStream bodyStream() throws IOException {
        InputStream in = new java.io.FilterInputStream(exchange.getRequestBody()) {
            @Override
            public void close() {
            }
        };
        return "gzip".equalsIgnoreCase(header("Content-Encoding")) ? new GZIPInputStream(in) : in;
    }

    /**
     * With a Content-Length (and no gzip) the body is read straight into one array of that size:
     * readAllBytes gathers a 200 MB upload in small buffers and copies it again, a cost (and GC jitter)
     * of the fake that no client causes.
     */
    byte[] body() throws IOException {
        String length = header("Content-Length");
        if (length == null || "gzip".equalsIgnoreCase(header("Content-Encoding"))) {
            try (InputStream in = bodyStream()) {
                return in.readAllBytes();
            }
        }
        // Not closed here: send() drains what is left, and a closed stream would fail it.
        InputStream in = exchange.getRequestBody();
        byte[] body = new byte[Math.toIntExact(Long.parseLong(length.trim()))];
        int n = in.readNBytes(body, 0, body.length);
        if (n < body.length) {
            throw new IOException("request body ended after " + n + " of " + body.length + " bytes");
        }
        return body;
    }

    JsonNode jsonBody() throws IOException {
        byte[] b = body();
        return b.length == 0 ? JSON.createObjectNode() : JSON.readTree(b);
    }

    Map<String, String> formBody() throws IOException {
        return parseForm(new String(body(), StandardCharsets.UTF_8));
    }

    void json(int status, JsonNode node) throws IOException {
        send(status, "application/json; charset=UTF-8", JSON.writeValueAsBytes(node));
    }

    void send(int status, String contentType, byte[] bytes) throws IOException {
        // An answer given before the request body was read (a 404 for an unknown session, a fault) left the
        // rest unread; the JDK server then closes the kept-alive connection after the answer, unannounced,
        // and the client's next request on it meets a reset. Drive reads the whole request first too.
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        exchange.getResponseHeaders().set("Date", httpDate());
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (bytes.length == 0) {
            // -1 is "Content-Length: 0", as Drive answers; 0 would mean a chunked body.
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** Drive's error body: {@code {"error":{"code":..,"message":..,"errors":[{domain,reason,message}]}}}. */
    void error(int status, String domain, String reason, String message, Duration retryAfter) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("code", status);
        err.put("message", message);
        ObjectNode one = err.putArray("errors").addObject();
        one.put("message", message);
        one.put("domain", domain);
        one.put("reason", reason);
        err.put("status", statusName(status));
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter.toSeconds()));
        }
        if (status == 401) {
            exchange.getResponseHeaders().set("WWW-Authenticate",
                    "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
        }
        json(status, root);
    }

    private static String statusName(int status) {
        switch (status) {
            case 400: return "INVALID_ARGUMENT";
            case 401: return "UNAUTHENTICATED";
            case 403: return "PERMISSION_DENIED";
            case 404: return "NOT_FOUND";
            case 429: return "RESOURCE_EXHAUSTED";
            default: return status >= 500 ? "UNAVAILABLE" : "FAILED_PRECONDITION";
        }
    }

    static String httpDate() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    static Map<String, String> parseForm(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Thrown by a handler to make the server drop the connection without answering. */
    static final class DropConnection extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DropConnection() {
            super("fault injected: connection dropped", null, false, false);
        }
    }
}
