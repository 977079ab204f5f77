package dev.lineup.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth redirect target of every provider's sign-in (PKCE, installed-app flow): a one-shot HTTP
 * server on 127.0.0.1 at a random port, so nothing else on the network can answer. It accepts the
 * first answer carrying our {@code state}; an answer with another state (a forged or stale redirect, or
 * a page a local program makes the browser load) is answered and otherwise ignored: it is never
 * exchanged, and it does not abort the sign-in the user is completing. Everything the page echoes is
 * HTML-escaped. The browser gets its page before the sign-in goes on, so closing the server never
 * cuts that page off.
 */
public final class LoopbackReceiver implements AutoCloseable {
    /**
     * The redirect URI to register in a provider's console: the answer comes to this address, at a port
     * picked afresh for each sign-in (RFC 8252 loopback redirect).
     */
    public static final String REDIRECT_BASE = "http://127.0.0.1/";
    private final HttpServer server;
    private final String provider;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    /** {@code provider} names the service in messages, e.g. "Google Drive" or "Dropbox". */
    public LoopbackReceiver(String provider, String expectedState) throws IOException {
        this.provider = provider;
        this.expectedState = expectedState;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        server.createContext("/", this::handle);
        server.start();
    }

    public String redirectUri() {
        return REDIRECT_BASE.replace("127.0.0.1/", "127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The authorization code, once the browser came back with the right state. */
    public String awaitCode(Duration timeout) throws SyncException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SyncException(ProblemKind.AUTH_EXPIRED, provider + " sign-in: no answer from the browser within "
                    + timeout.toSeconds() + " s; sign in again");
        } catch (ExecutionException e) {
            throw (SyncException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(ProblemKind.AUTH_EXPIRED, provider + " sign-in was interrupted");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath()) || code.isDone()) {
            reply(exchange, 404, "Not found.");
            return;
        }
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String state = q.getOrDefault("state", "");
        if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8))) {
            // Ignored, not fatal: anyone on this computer can make the browser load this address, and
            // that must not cancel the sign-in the user is completing in another tab.
            reply(exchange, 400, "This sign-in answer does not belong to the sign-in Lineup started; it was "
                    + "ignored. Finish the sign-in in the window Lineup opened.");
        } else if (q.containsKey("error")) {
            String why = printable(q.get("error"));
            reply(exchange, 200, escape(provider + " did not grant access (" + why + "). You can close this window."));
            code.completeExceptionally(new SyncException(ProblemKind.FORBIDDEN,
                    provider + " sign-in: access was not granted (" + why + ")"));
        } else if (q.get("code") == null || q.get("code").isBlank()) {
            reply(exchange, 400, "The answer carries no authorization code.");
            code.completeExceptionally(new SyncException(ProblemKind.AUTH_EXPIRED,
                    provider + " sign-in: the answer carried no authorization code"));
        } else {
            reply(exchange, 200, escape("Lineup is signed in to " + provider + ". You can close this window."));
            code.complete(q.get("code"));
        }
    }

    private static void reply(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The provider's error code as one short line (it reaches messages and the log). */
    private static String printable(String error) {
        String oneLine = error.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }

    /** Text as HTML character data: the page echoes what the redirect carried, which anyone can craft. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
