package dev.lineup.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * An HTTP server on 127.0.0.1 that misbehaves the way broken or hostile providers do, generating its
 * bodies on the fly (nothing big is held in memory or stored): {@code /drip} sends one byte every
 * {@code dripMillis} forever, {@code /endless} streams playlist lines forever, {@code /bomb} is a small
 * {@code Content-Encoding: gzip} body that expands to {@code bombMb} MB, {@code /liar} declares a huge
 * Content-Length. Each handler stops when the client hangs up; {@link #bytesSent()} tells how far it got.
 */
public final class HostileServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong sent = new AtomicLong();
    private final byte[] bomb;

    public HostileServer(long dripMillis, int bombMb) throws IOException {
        bomb = gzipOfZeros(bombMb);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(pool);
        server.createContext("/drip", ex -> drip(ex, dripMillis));
        server.createContext("/endless", this::endless);
        server.createContext("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, bomb);
        });
        server.createContext("/liar", ex -> {
            ex.sendResponseHeaders(200, 50L * 1024 * 1024 * 1024);
            ex.close();
        });
        server.start();
    }

    /** A URL of this server, e.g. {@code url("/drip?username=u&password=secret")}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    public long bytesSent() {
        return sent.get();
    }

    private void drip(HttpExchange ex, long millis) throws IOException {
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("#EXTM3U\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                Thread.sleep(millis);
                out.write('#');
                out.flush();
                sent.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            // the client hung up (or the server stops): done
        }
    }

    private void endless(HttpExchange ex) throws IOException {
        ex.sendResponseHeaders(200, 0);
        byte[] chunk = "#EXTINF:-1 group-title=\"Endless\",Channel\nhttp://127.0.0.1/stream.ts\n".repeat(1000)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("#EXTM3U\n".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(chunk);
                sent.addAndGet(chunk.length);
            }
        } catch (IOException e) {
            // the client hung up: done
        }
    }

    private void send(HttpExchange ex, byte[] body) throws IOException {
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
            sent.addAndGet(body.length);
        } catch (IOException e) {
            // the client hung up: done
        }
    }

    private static byte[] gzipOfZeros(int mb) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < mb; i++) {
                gz.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
