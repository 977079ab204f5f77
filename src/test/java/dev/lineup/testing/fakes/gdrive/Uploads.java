package dev.lineup.testing.fakes.gdrive;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drive's three upload kinds under {@code /upload/drive/v3/files[/ID]}: {@code media}, {@code multipart}
 * ({@code multipart/related}: JSON metadata then the bytes) and {@code resumable} (a session URI in
 * {@code Location}; chunks PUT with {@code Content-Range}; 308 with {@code Range} until complete;
 * {@code bytes *}{@code /N} asks how far the server got).
 */
final class Uploads {
    private static final Pattern RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Pattern STATUS = Pattern.compile("bytes \\*/(\\d+|\\*)");

    private static final class Session {
        final String fileId;
        final JsonNode metadata;
        final long total;
        /**
         * The chunks as they arrived, joined once when the upload completes and dropped then: one growing
         * ByteArrayOutputStream copied a 200 MB upload several times and, kept with the finished session,
         * held it in memory for as long as the fake ran.
         */
        private List<byte[]> parts = new ArrayList<>();
        long received;
        /**
         * The answer for the finished upload, kept for status queries after it. Only the JSON: a finished
         * session that kept the stored file kept its whole content alive for as long as the fake ran.
         */
        JsonNode result;

        Session(String fileId, JsonNode metadata, long total) {
            this.fileId = fileId;
            this.metadata = metadata;
            this.total = total;
        }

        void add(byte[] part, int from) {
            parts.add(from == 0 ? part : Arrays.copyOfRange(part, from, part.length));
            received += part.length - from;
        }

        byte[] join() {
            byte[] all = new byte[Math.toIntExact(received)];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
            return all;
        }

        void release() {
            parts = List.of();
        }
    }

    private final DriveStore store;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong sessionsOpened = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    Uploads(DriveStore store) {
        this.store = store;
    }

    long bytesReceived() {
        return bytesReceived.get();
    }

    long sessionsOpened() {
        return sessionsOpened.get();
    }

    /** POST (create) or PATCH (update, fileId non-null) to the upload path. */
    void start(Http http, String fileId, DriveStore.Account who) throws IOException {
        String type = http.query.getOrDefault("uploadType", "media");
        switch (type) {
            case "resumable":
                openSession(http, fileId);
                break;
            case "multipart": {
                byte[][] parts = multipart(http);
                finish(http, fileId, Http.JSON.readTree(parts[0]), parts[1], who);
                break;
            }
            case "media":
                finish(http, fileId, Http.JSON.createObjectNode(), count(http.body()), who);
                break;
            default:
                http.error(400, "global", "invalid", "Invalid uploadType: " + type, null);
        }
    }

    /** A PUT to a session URI: one chunk, or a status query. {@code dropAfter} >= 0 cuts the body short. */
    void chunk(Http http, long dropAfter, DriveStore.Account who) throws IOException {
        Session s = sessions.get(http.query.getOrDefault("upload_id", ""));
        if (s == null) {
            http.error(404, "global", "notFound", "Upload session not found or expired.", null);
            return;
        }
        String contentRange = http.header("Content-Range");
        synchronized (s) {
            if (contentRange != null && STATUS.matcher(contentRange).matches()) {
                http.body();
                if (dropAfter >= 0) {
                    throw new Http.DropConnection();
                }
                reply(http, s);
                return;
            }
            Matcher m = contentRange == null ? null : RANGE.matcher(contentRange);
            if (m == null || !m.matches()) {
                http.error(400, "global", "badContent", "Missing or malformed Content-Range.", null);
                return;
            }
            long first = Long.parseLong(m.group(1));
            long have = s.received;
            if (first > have) {
                http.error(400, "global", "badContent", "Content-Range starts after the bytes received.", null);
                return;
            }
            long skip = have - first;
            byte[] part;
            if (dropAfter >= 0) {
                try (InputStream in = http.bodyStream()) {
                    part = in.readNBytes((int) Math.min(Integer.MAX_VALUE, dropAfter));
                }
            } else {
                part = http.body();
            }
            bytesReceived.addAndGet(part.length);
            if (part.length > skip) {
                s.add(part, (int) skip);
            }
            if (dropAfter >= 0) {
                throw new Http.DropConnection();
            }
            if (s.received > s.total) {
                http.error(400, "global", "badContent", "More bytes than X-Upload-Content-Length.", null);
                return;
            }
            if (s.received == s.total && s.result == null) {
                DriveStore.FakeFile done = store(http, s.fileId, s.metadata, s.join(), who);
                if (done == null) {
                    return;
                }
                s.result = FilesApi.json(done, null);
                s.release();
            }
            reply(http, s);
        }
    }

    private void reply(Http http, Session s) throws IOException {
        if (s.result != null) {
            http.json(200, s.result);
            return;
        }
        if (s.received > 0) {
            http.exchange.getResponseHeaders().set("Range", "bytes=0-" + (s.received - 1));
        }
        http.send(308, null, new byte[0]);
    }

    private void openSession(Http http, String fileId) throws IOException {
        if (fileId != null && store.get(fileId).isEmpty()) {
            FilesApi.notFound(http, fileId);
            return;
        }
        String length = http.header("X-Upload-Content-Length");
        JsonNode meta = http.jsonBody();
        byte[] id = new byte[16];
        random.nextBytes(id);
        String uploadId = "ADPycd" + HexFormat.of().formatHex(id);
        sessions.put(uploadId, new Session(fileId, meta, length == null ? 0 : Long.parseLong(length)));
        sessionsOpened.incrementAndGet();
        String host = http.header("Host");
        http.exchange.getResponseHeaders().set("Location", "http://" + host + "/upload/drive/v3/files"
                + (fileId == null ? "" : "/" + fileId) + "?uploadType=resumable&upload_id=" + uploadId);
        http.send(200, null, new byte[0]);
    }

    private void finish(Http http, String fileId, JsonNode meta, byte[] content, DriveStore.Account who)
            throws IOException {
        DriveStore.FakeFile f = store(http, fileId, meta, content, who);
        if (f != null) {
            http.json(200, FilesApi.json(f, who));
        }
    }

    /** Stores the upload; answers the error itself and returns null when it cannot. */
    private DriveStore.FakeFile store(Http http, String fileId, JsonNode meta, byte[] content, DriveStore.Account who)
            throws IOException {
        long old = fileId == null ? 0 : store.get(fileId).map(f -> (long) f.content().length).orElse(0L);
        if (!store.fits(content.length - old)) {
            http.error(403, "usageLimits", "storageQuotaExceeded",
                    "The user's Drive storage quota has been exceeded.", null);
            return null;
        }
        try {
            if (fileId == null) {
                return store.create(meta.path("name").asText("Untitled"),
                        meta.path("mimeType").asText("application/octet-stream"), FilesApi.parents(meta), content, who);
            }
            return store.update(fileId, meta.hasNonNull("name") ? meta.get("name").asText() : null, content, who);
        } catch (DriveStore.NotFound e) {
            FilesApi.notFound(http, e.getMessage());
            return null;
        }
    }

    private byte[] count(byte[] b) {
        bytesReceived.addAndGet(b.length);
        return b;
    }

    /** Splits a {@code multipart/related} body into its metadata and media parts. */
    private byte[][] multipart(Http http) throws IOException {
        String type = http.header("Content-Type");
        int at = type == null ? -1 : type.indexOf("boundary=");
        if (at < 0) {
            throw new IOException("multipart upload without a boundary");
        }
        String boundary = type.substring(at + "boundary=".length()).replace("\"", "").split(";")[0].trim();
        byte[] body = count(http.body());
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int p1 = indexOf(body, delim, 0);
        int p2 = indexOf(body, delim, p1 + delim.length);
        int p3 = indexOf(body, delim, p2 + delim.length);
        if (p1 < 0 || p2 < 0 || p3 < 0) {
            throw new IOException("multipart upload with fewer than two parts");
        }
        return new byte[][] {partBody(body, p1 + delim.length, p2), partBody(body, p2 + delim.length, p3)};
    }

    private static byte[] partBody(byte[] body, int from, int to) {
        byte[] sep = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        int start = indexOf(body, sep, from) + sep.length;
        int end = to - 2; // the CRLF before the next delimiter belongs to it
        return Arrays.copyOfRange(body, start, Math.max(start, end));
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
