package dev.lineup.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code player_api.php} whose login answer is {@code size} bytes, generated while it is sent (never
 * held): half a huge {@code message} string inside {@code user_info}, half a huge array after it.
 */
final class HugeXtreamServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong sent = new AtomicLong();

    HugeXtreamServer(long size) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        server.createContext("/", ex -> answer(ex, size));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    long bytesSent() {
        return sent.get();
    }

    private void answer(HttpExchange ex, long size) throws IOException {
        ex.sendResponseHeaders(200, 0);
        byte[] x = new byte[1024 * 1024];
        Arrays.fill(x, (byte) 'x');
        byte[] element = "{\"stream_id\":\"1\",\"name\":\"padding padding padding\"},".repeat(20_000)
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = ex.getResponseBody()) {
            write(out, "{\"user_info\":{\"username\":\"bob\",\"message\":\"");
            for (long n = 0; n < size / 2; n += x.length) {
                out.write(x);
                sent.addAndGet(x.length);
            }
            write(out, "\",\"auth\":1,\"status\":\"Active\",\"exp_date\":\"9223372036854775807\","
                    + "\"max_connections\":\"99999999999\"},\"server_info\":{\"timezone\":\"UTC\"},\"junk\":[");
            for (long n = 0; n < size / 2; n += element.length) {
                out.write(element);
                sent.addAndGet(element.length);
            }
            write(out, "{}]}");
        } catch (IOException e) {
            // the client hung up
        }
    }

    private void write(OutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b);
        sent.addAndGet(b.length);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
