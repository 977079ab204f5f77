package dev.lineup.sync.dropbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth redirect target: a one-shot HTTP server on 127.0.0.1 at a random port. The first request
 * to {@code /callback} hands its query parameters over; the browser gets a short page saying what
 * happened. Bound to the loopback address only, so nothing else on the network can answer.
 */
final class LoopbackReceiver implements Closeable {
    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> answer = new CompletableFuture<>();
    private volatile String expectedState;

    LoopbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/callback", this::handle);
        server.start();
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    void expectState(String state) {
        this.expectedState = state;
    }

    Map<String, String> await(Duration timeout) throws TimeoutException, InterruptedException {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("callback future cannot fail", e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Map<String, String> params = parse(ex.getRequestURI().getRawQuery());
        boolean first = !answer.isDone();
        int status;
        String page;
        if (!first) {
            status = 410;
            page = "This sign-in has already finished. You can close this tab.";
        } else if (!stateMatches(params.get("state"))) {
            status = 400;
            page = "This sign-in answer does not belong to Lineup's request. Start the sign-in again from Lineup.";
        } else if (params.containsKey("error")) {
            status = 200;
            page = "Dropbox sign-in was not completed. You can close this tab and try again from Lineup.";
        } else {
            status = 200;
            page = "Signed in to Dropbox. You can close this tab and return to Lineup.";
        }
        if (first) {
            answer.complete(params);
        }
        byte[] body = ("<!doctype html><html><body><p>" + page + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    boolean stateMatches(String state) {
        String expected = expectedState;
        return state != null && expected != null && java.security.MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
