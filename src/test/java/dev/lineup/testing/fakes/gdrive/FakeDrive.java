package dev.lineup.testing.fakes.gdrive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Google Drive v3 server on 127.0.0.1 for tests and demos: Drive's wire format (files resource JSON,
 * error bodies with domain/reason, multipart and resumable uploads, alt=media downloads, permissions),
 * the OAuth endpoints under the same root ({@link FakeOAuth}), an in-memory {@link DriveStore} with a
 * write log, and fault injection ({@link #inject(Fault, int)}). The real Drive SDK talks to it through
 * {@code Drive.Builder.setRootUrl(fake.rootUrl())}.
 *
 * <p>Standalone: {@code main("--port", "8765")} prints {@code FAKE_GDRIVE_URL=http://127.0.0.1:8765/} and
 * {@code FAKE_GDRIVE_TOKEN=...}. Faults can then be armed over HTTP:
 * {@code POST /_fake/fault?status=503&times=2&method=PUT&path=/upload/.*} ({@code drop=BYTES} for a
 * dropped connection, {@code reason=..}, {@code retryAfter=SECONDS}); {@code GET /_fake/log} lists the writes.
 */
public final class FakeDrive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FakeDrive.class);

    private record Armed(Fault fault, AtomicInteger remaining) {
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final DriveStore store = new DriveStore();
    private final FakeOAuth oauth = new FakeOAuth();
    private final FilesApi files = new FilesApi(store);
    private final Uploads uploads = new Uploads(store);
    private final List<Armed> faults = new ArrayList<>();
    private final java.util.Set<String> userAgents = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        // Without TCP_NODELAY an answer written in two parts (headers, then the JSON) waits out the client's
        // delayed ACK (~40 ms on Linux loopback), a per-request stall no real server adds. Read once per JVM,
        // at the first HttpServer, so it is set here rather than per instance (FakeDropbox does the same).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private FakeDrive(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-gdrive");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeDrive start() throws IOException {
        return new FakeDrive(0);
    }

    public static FakeDrive start(int port) throws IOException {
        return new FakeDrive(port);
    }

    /** The value for {@code LINEUP_GDRIVE_ROOT_URL}, ending in a slash. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public DriveStore store() {
        return store;
    }

    public FakeOAuth oauth() {
        return oauth;
    }

    /** Arms {@code fault} for the next {@code times} requests it matches. */
    public void inject(Fault fault, int times) {
        synchronized (faults) {
            faults.add(new Armed(fault, new AtomicInteger(times)));
        }
    }

    /** Lists answer at most this many files per page, whatever pageSize asks (to exercise paging). */
    public void setMaxPageSize(int size) {
        files.setMaxPageSize(size);
    }

    /** Drive's eventually consistent listing: each change shows in files.list only min–max later. */
    public void setListingLag(Duration min, Duration max) {
        store.setListingLag(min, max);
    }

    /** Uploads beyond this many stored bytes fail with 403 storageQuotaExceeded. */
    public void setQuotaBytes(long bytes) {
        store.setQuotaBytes(bytes);
    }

    /** Body bytes received by the upload endpoints (chunks, multipart and media), for "nothing re-sent" checks. */
    /** Every User-Agent a client sent so far (the token endpoint's and the Drive API's alike). */
    public java.util.Set<String> userAgents() {
        return java.util.Set.copyOf(userAgents);
    }

    public long uploadedBytes() {
        return uploads.bytesReceived();
    }

    public long resumableSessionsOpened() {
        return uploads.sessionsOpened();
    }

    public Optional<DriveStore.FakeFile> file(String folderName, String fileName) {
        return store.find(folderName, fileName);
    }

    private Optional<Fault> takeFault(Http http) {
        synchronized (faults) {
            for (Iterator<Armed> it = faults.iterator(); it.hasNext(); ) {
                Armed a = it.next();
                if (a.fault().matches(http.method, http.pathAndQuery())) {
                    if (a.remaining().decrementAndGet() <= 0) {
                        it.remove();
                    }
                    return Optional.of(a.fault());
                }
            }
        }
        return Optional.empty();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        if (agent != null) {
            userAgents.add(agent);
        }
        Http http = new Http(exchange);
        try {
            route(http);
        } catch (Http.DropConnection e) {
            // Rethrown: the JDK server closes the socket without answering, as a dropped link would look.
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("fake drive failed on {} {}", http.method, http.path, e);
            if (exchange.getResponseCode() != -1) {
                // Headers are out: a second answer would be rejected; the JDK closes the connection instead.
                throw e;
            }
            http.error(500, "global", "backendError", "Internal error in the fake: " + e.getMessage(), null);
        }
    }

    private void route(Http http) throws IOException {
        String path = http.path;
        if (path.startsWith("/_fake/")) {
            control(http);
            return;
        }
        Fault fault = takeFault(http).orElse(null);
        boolean chunk = "PUT".equals(http.method) && http.query.containsKey("upload_id");
        if (fault != null && fault.drops() && !chunk) {
            try (InputStream in = http.bodyStream()) {
                in.readNBytes((int) Math.min(Integer.MAX_VALUE, fault.dropAfterBytes()));
            }
            throw new Http.DropConnection();
        }
        if (fault != null && !fault.drops()) {
            http.body();
            http.error(fault.status(), fault.domain(), fault.reason(), fault.message(), fault.retryAfter());
            return;
        }
        switch (path) {
            case "/auth":
                oauth.authorize(http);
                return;
            case "/token":
                oauth.token(http);
                return;
            case "/revoke":
                oauth.revoke(http);
                return;
            case "/uc":
                files.publicDownload(http);
                return;
            default:
                break;
        }
        DriveStore.Account who = oauth.account(http.header("Authorization"));
        if (who == null) {
            http.body();
            Fault f = Fault.unauthorized();
            http.error(401, f.domain(), f.reason(), f.message(), null);
            return;
        }
        if (path.startsWith("/upload/drive/v3/files")) {
            String id = idAfter(path, "/upload/drive/v3/files");
            if (chunk) {
                uploads.chunk(http, fault == null ? -1 : fault.dropAfterBytes(), who);
            } else if ("POST".equals(http.method) && id == null || "PATCH".equals(http.method) && id != null) {
                uploads.start(http, id, who);
            } else {
                http.error(405, "global", "methodNotAllowed", "Method not allowed", null);
            }
        } else if (path.startsWith("/download/drive/v3/files/") && "GET".equals(http.method)) {
            files.get(http, idAfter(path, "/download/drive/v3/files"), who); // the SDK's media download path
        } else if (path.startsWith("/drive/v3/files")) {
            metadata(http, idAfter(path, "/drive/v3/files"), who);
        } else {
            http.error(404, "global", "notFound", "Not Found", null);
        }
    }

    private void metadata(Http http, String rest, DriveStore.Account who) throws IOException {
        if (rest != null && rest.endsWith("/permissions") && "POST".equals(http.method)) {
            files.createPermission(http, rest.substring(0, rest.indexOf('/')), who);
        } else if (rest == null && "GET".equals(http.method)) {
            files.list(http, who);
        } else if (rest == null && "POST".equals(http.method)) {
            files.createMetadataOnly(http, who);
        } else if (rest != null && "GET".equals(http.method)) {
            files.get(http, rest, who);
        } else if (rest != null && "DELETE".equals(http.method)) {
            files.delete(http, rest, who);
        } else {
            http.error(405, "global", "methodNotAllowed", "Method not allowed", null);
        }
    }

    private static String idAfter(String path, String prefix) {
        String rest = path.substring(prefix.length());
        return rest.isEmpty() || "/".equals(rest) ? null : rest.substring(1);
    }

    private void control(Http http) throws IOException {
        Map<String, String> q = http.query;
        if ("/_fake/fault".equals(http.path) && "POST".equals(http.method)) {
            Fault f = q.containsKey("drop") ? Fault.dropConnection(Long.parseLong(q.get("drop")))
                    : new Fault(null, Fault.serverError(500).target(), Integer.parseInt(q.getOrDefault("status", "503")),
                    q.getOrDefault("domain", "usageLimits"), q.getOrDefault("reason", "backendError"),
                    q.getOrDefault("message", "Injected fault"),
                    q.containsKey("retryAfter") ? Duration.ofSeconds(Long.parseLong(q.get("retryAfter"))) : null, -1);
            inject(f.on(q.get("method"), q.getOrDefault("path", ".*")), Integer.parseInt(q.getOrDefault("times", "1")));
            http.send(204, null, new byte[0]);
        } else if ("/_fake/listing-lag".equals(http.path) && "POST".equals(http.method)) {
            setListingLag(Duration.ofMillis(Long.parseLong(q.getOrDefault("minMs", "0"))),
                    Duration.ofMillis(Long.parseLong(q.getOrDefault("maxMs", "0"))));
            http.send(204, null, new byte[0]);
        } else if ("/_fake/log".equals(http.path)) {
            ArrayNode out = Http.JSON.createArrayNode();
            store.writeLog().forEach(e -> out.add(Http.JSON.valueToTree(e)));
            http.json(200, out);
        } else {
            http.send(404, "text/plain", new byte[0]);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** {@code [--port N] [--token TOKEN]}: serves until killed; prints the root URL and a ready token. */
    public static void main(String[] args) throws IOException {
        int port = 0;
        String token = "fake-gdrive-token";
        for (int i = 0; i + 1 < args.length; i += 2) {
            if ("--port".equals(args[i])) {
                port = Integer.parseInt(args[i + 1]);
            } else if ("--token".equals(args[i])) {
                token = args[i + 1];
            } else {
                System.err.println("usage: FakeDrive [--port N] [--token TOKEN]");
                System.exit(1);
            }
        }
        FakeDrive fake = start(port);
        fake.oauth().registerAccessToken(token, new DriveStore.Account("Demo User", "demo.user@example.com"));
        System.out.println("FAKE_GDRIVE_URL=" + fake.rootUrl());
        System.out.println("FAKE_GDRIVE_TOKEN=" + token);
        System.out.flush();
    }

    /**
     * Public downloads of files larger than {@code bytes} answer with Google's virus-scan warning page (an
     * interstitial) unless the link says {@code confirm=t}, as drive.google.com does for large files.
     */
    public void scanWarningAbove(long bytes) {
        files.scanWarningAbove(bytes);
    }
}
