package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Dropbox API v2 on 127.0.0.1 speaking the real wire format, for tests and demos: one port
 * serves what Dropbox splits over api.dropboxapi.com, content.dropboxapi.com and the OAuth pages, so a
 * client's base-URL interceptor can send both hosts here. Thread-safe; see {@link #main} for running it
 * as its own process.
 */
public final class FakeDropbox implements Closeable {

    private final HttpServer server;
    private final ExecutorService pool;
    private final URI baseUrl;
    private final FakeFileSystem fs = new FakeFileSystem(Clock.systemUTC());
    private final FakeSessions sessions = new FakeSessions();
    private final FakeAccounts accounts = new FakeAccounts();
    private final FakeFaults faults = new FakeFaults();
    private final FakeFileRoutes files = new FakeFileRoutes(fs, sessions);
    private final FakeSharingRoutes sharing;
    private final FakeOAuthRoutes oauth;
    private final FakeControlRoutes control;
    private final FakeInFlight inFlight = new FakeInFlight();
    private final List<LoggedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final String defaultToken;

    /** The tokens of a sign-in: what a client gets from the PKCE flow, for tests that skip it. */
    public record Tokens(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "Tokens[redacted]";
        }
    }

    static {
        // Without TCP_NODELAY every answer waits out the client's delayed ACK (~40 ms on Linux loopback),
        // which made each upload-session chunk cost a fixed stall no real server adds. Read once per JVM,
        // at the first HttpServer, so it is set here rather than per instance.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeDropbox(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "fake-dropbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        sharing = new FakeSharingRoutes(files, baseUrl);
        FakeAccounts.Account user = accounts.account("Fake User");
        oauth = new FakeOAuthRoutes(accounts, fs, user);
        control = new FakeControlRoutes(this);
        defaultToken = accounts.issueAccess(user, null);
        server.start();
    }

    public static FakeDropbox start() throws IOException {
        return new FakeDropbox(0);
    }

    public static FakeDropbox start(int port) throws IOException {
        return new FakeDropbox(port);
    }

    /** Base URL for {@code LINEUP_DROPBOX_API_URL}, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** A valid non-expiring access token of the account "Fake User". */
    public String accessToken() {
        return defaultToken;
    }

    public String newAccessToken(String accountName) {
        return accounts.issueAccess(accounts.account(accountName), null);
    }

    /** Access + refresh token for an app key, as a finished sign-in would hand out. */
    public Tokens newRefreshableTokens(String accountName, String appKey) {
        FakeAccounts.Account a = accounts.account(accountName);
        String refresh = accounts.issueRefresh(a, appKey);
        return new Tokens(accounts.issueAccess(a, refresh), refresh);
    }

    /** Registers a token chosen by the caller (the standalone process takes it from its arguments). */
    public void registerToken(String token, String accountName) {
        accounts.register(token, accounts.account(accountName));
    }

    public String accountId(String accountName) {
        return accounts.account(accountName).id();
    }

    /** Which account the authorize page signs in (the simulated user in the browser). */
    public void signInAs(String accountName) {
        oauth.signInAs(accounts.account(accountName));
    }

    /** The simulated user clicks Cancel on the consent page: the redirect carries {@code error=access_denied}. */
    public void denyConsent(boolean deny) {
        oauth.denyConsent(deny);
    }

    /** Only these app keys exist; the consent page of any other shows Dropbox's error and never redirects. */
    public void knownAppKeys(String... keys) {
        oauth.knownAppKeys(java.util.Set.of(keys));
    }

    /** Later calls with this token get 401 expired_access_token; a refresh gives a new one. */
    public void expireToken(String accessToken) {
        accounts.setState(accessToken, FakeAccounts.TokenState.EXPIRED);
    }

    /** The user revoked the app: 401 invalid_access_token now. */
    public void revokeToken(String accessToken) {
        accounts.setState(accessToken, FakeAccounts.TokenState.REVOKED);
    }

    /** Refreshing now fails with invalid_grant, and the access tokens it issued stop working. */
    public void revokeRefreshToken(String refreshToken) {
        accounts.revokeRefresh(refreshToken);
    }

    public void inject(Fault fault) {
        faults.add(fault);
    }

    public void clearFaults() {
        faults.clear();
    }

    public int pendingFaults() {
        return faults.pending();
    }

    /** Total bytes the account may hold; writes beyond it fail with insufficient_space. */
    public void setQuota(long bytes) {
        fs.setQuota(bytes);
    }

    public long usedBytes() {
        return fs.usedBytes();
    }

    /** Marks a folder as shared, so its files carry sharing_info.modified_by as Dropbox does. */
    public void shareFolder(String path) {
        fs.share(path);
    }

    /** Default list_folder page size (clients may ask for less). */
    /**
     * Share links answer {@code dl=1} and {@code raw=1} with Dropbox's HTML download page instead of the
     * file, as some players saw (kodi-pvr/pvr.iptvsimple#920): the failure a player's-eye check must report.
     */
    public void serveLinkPagesInsteadOfFiles(boolean on) {
        sharing.pagesInsteadOfFiles(on);
    }

    public void setPageSize(int entries) {
        files.setPageSize(entries);
    }

    /** Seeds or overwrites a file as the given account, as if another client had written it. */
    public String putFile(String path, byte[] content, String accountName) {
        return fs.write(path, content, new FakeFileSystem.Mode("overwrite", null), false,
                accounts.account(accountName).id(), "seed", "path").rev();
    }

    /** Deletes a file as the given account, as if another client had removed it. */
    public void deleteFile(String path, String accountName) {
        fs.delete(path, null, accounts.account(accountName).id(), "seed");
    }

    public Optional<byte[]> content(String path) {
        FakeFileSystem.Node n = fs.get(path);
        return n == null || n.folder() ? Optional.empty() : Optional.of(n.data().clone());
    }

    public Optional<String> rev(String path) {
        FakeFileSystem.Node n = fs.get(path);
        return n == null || n.folder() ? Optional.empty() : Optional.of(n.rev());
    }

    public List<WriteRecord> writeLog() {
        return fs.writeLog();
    }

    public List<LoggedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int openUploadSessions() {
        return sessions.open();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /**
     * Answers to requests whose path matches are held back this long after processing, so tests can see
     * how many a client keeps in flight ({@link #maxConcurrent}); null clears it.
     */
    public void delayResponses(String pathRegex, Duration delay) {
        inFlight.delay(pathRegex, delay);
    }

    /**
     * Answers to requests whose path matches wait until {@code latch} opens (at most 30 s), so a test can
     * look at a client mid-operation without timing; null clears it.
     */
    public void holdResponses(String pathRegex, java.util.concurrent.CountDownLatch latch) {
        holdResponses(pathRegex, 0, latch);
    }

    /**
     * As {@link #holdResponses(String, java.util.concurrent.CountDownLatch)}, but the first {@code passFirst}
     * matching answers go out at once: a client is caught part-way, e.g. one upload chunk acknowledged and
     * the next held.
     */
    public void holdResponses(String pathRegex, int passFirst, java.util.concurrent.CountDownLatch latch) {
        inFlight.gate(pathRegex, latch, passFirst);
    }

    /** The most requests matching {@code pathRegex} (found in the path) the fake was handling at once. */
    public int maxConcurrent(String pathRegex) {
        return inFlight.max(pathRegex);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        inFlight.enter(path);
        try {
            handleCounted(ex, path);
        } finally {
            inFlight.leave(path);
        }
    }

    private void handleCounted(HttpExchange ex, String path) throws IOException {
        byte[] body = FakeWire.readBody(ex);
        String arg = FakeWire.argText(path, ex, body);
        Fault fault = path.startsWith("/_fake/") ? null : faults.take(path, arg);
        if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
            drop(ex, path, arg, body);
            return;
        }
        FakeResponse response;
        if (fault != null && fault.kind() == Fault.Kind.RESPONSE) {
            response = FakeWire.faultResponse(fault);
        } else {
            response = route(ex, path, arg, body);
        }
        if (fault != null && fault.kind() == Fault.Kind.DROP_AFTER_PROCESSING) {
            drop(ex, path, arg, body);
            return;
        }
        requests.add(new LoggedRequest(path, arg, body.length, response.status(), FakeWire.summary(response)));
        inFlight.pause(path);
        FakeWire.send(ex, response);
    }

    private FakeResponse route(HttpExchange ex, String path, String arg, byte[] body) {
        try {
            if (path.startsWith("/_fake/")) {
                return control.handle(path, ex.getRequestURI().getRawQuery());
            }
            if (path.equals("/oauth2/authorize")) {
                return oauth.authorize(ex.getRequestURI().getRawQuery());
            }
            if (path.equals("/oauth2/token")) {
                return oauth.token(body);
            }
            if (path.startsWith("/scl/fi/")) {
                return sharing.serve(path, ex.getRequestURI().getRawQuery());
            }
            if (path.startsWith(FakeSharingRoutes.CONTENT_PREFIX)) {
                return sharing.content(path);
            }
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            FakeAccounts.Account who = accounts.authenticate(authorization);
            JsonNode argJson = FakeJson.parse(arg);
            String client = ex.getRequestHeaders().getFirst("User-Agent");
            FakeResponse r = files.handle(path, argJson, body, who, client);
            if (r == null) {
                r = sharing.handle(path, argJson);
            }
            if (r == null) {
                r = oauth.handle(path, argJson, authorization, who);
            }
            return r != null ? r : FakeResponse.text(404, "Unknown API function: \"" + path + "\"");
        } catch (FakeApiError e) {
            return FakeResponse.of(e);
        } catch (RuntimeException e) {
            return FakeResponse.text(500, "fake failure: " + e);
        }
    }

    private void drop(HttpExchange ex, String path, String arg, byte[] body) {
        requests.add(new LoggedRequest(path, arg, body.length, 0, "dropped connection"));
        // Closing an exchange before sending headers closes the socket: the client sees EOF, no answer.
        ex.close();
    }

    /**
     * Runs the fake as its own process: {@code [--port N] [--token TOKEN]...}. Prints
     * {@code FAKE_DROPBOX_URL=http://127.0.0.1:PORT} and {@code FAKE_DROPBOX_TOKEN=...} then serves until
     * killed. Faults and the write log are reachable over HTTP under {@code /_fake/} (see FakeControlRoutes).
     */
    public static void main(String[] args) throws Exception {
        int port = 0;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--token") && i + 1 < args.length) {
                tokens.add(args[++i]);
            } else {
                System.err.println("usage: FakeDropbox [--port N] [--token TOKEN]...");
                System.exit(1);
            }
        }
        FakeDropbox fake = FakeDropbox.start(port);
        tokens.forEach(t -> fake.registerToken(t, "Fake User"));
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("FAKE_DROPBOX_URL=" + fake.baseUrl());
        System.out.println("FAKE_DROPBOX_TOKEN=" + (tokens.isEmpty() ? fake.accessToken() : tokens.get(0)));
        System.out.flush();
        Thread.currentThread().join();
    }
}
