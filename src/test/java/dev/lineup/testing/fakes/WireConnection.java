package dev.lineup.testing.fakes;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One raw HTTP/1.1 connection to a fake that frames answers strictly: a status line, headers, then exactly
 * Content-Length bytes (or chunks). Real clients are lenient in different ways, so a fake whose bytes on
 * the wire disagree with its headers shows up here as a wrong status line or a wrong body, not as a flaky
 * failure somewhere later.
 */
public final class WireConnection implements Closeable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    /** An answer as read off the wire; headers keyed in lower case. */
    public record Answer(String statusLine, int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public WireConnection(URI base) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends a request whose head is given without the final blank line; Host is added. */
    public void send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    /** Writes raw bytes as they are (e.g. a chunked body). */
    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public Answer exchange(String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.putIfAbsent("Content-Length", Integer.toString(body.length));
        send(method, target, h, body);
        return read(method.equals("HEAD"));
    }

    /** Reads one answer; throws EOFException when the server closed the connection before a status line. */
    public Answer read(boolean headRequest) throws IOException {
        String status = line();
        if (status == null) {
            throw new EOFException("connection closed by the server before an answer");
        }
        if (!status.matches("HTTP/1\\.1 \\d{3}( .*)?")) {
            throw new IOException("not a status line: '" + status + "'");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(); l != null && !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            String key = l.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (headers.put(key, l.substring(colon + 1).trim()) != null) {
                throw new IOException("header repeated: " + key);
            }
        }
        byte[] body;
        if (headRequest || code / 100 == 1 || code == 204 || code == 304) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            throw new IOException("answer " + code + " has neither Content-Length nor chunked framing");
        }
        return new Answer(status, code, headers, body);
    }

    /** True when the server has closed its side: a read sees end of stream (and no stray bytes). */
    public boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (java.net.SocketException e) {
            return true; // reset: closed with unread data on its side
        }
    }

    /** Bytes that arrived beyond the answers read so far (waits briefly for any to arrive). */
    public int strayBytes() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return in.available();
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line(); // the blank line after the last chunk (no trailers from our fakes)
        return body.toByteArray();
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
