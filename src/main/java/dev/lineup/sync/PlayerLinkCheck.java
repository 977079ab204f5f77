package dev.lineup.sync;

import dev.lineup.task.Cancellation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Loads each published file's share link as a player does after a publish: no credentials, following
 * redirects, with Kodi's user agent, and compares what arrives with the folder index (size, SHA-256).
 * A gzip guide must decode and a playlist must start with {@code #EXTM3U}; an HTML page (Dropbox's download
 * page, Google Drive's virus-scan warning) is named as such. Each link is bounded by {@code perLink}; the
 * check reads the whole file (a player does too) but never more than the index says plus one byte; a file
 * the publish did not upload is judged by its start only.
 */
public final class PlayerLinkCheck {
    /** What Kodi's IPTV Simple client sends; some hosts answer browsers and players differently. */
    public static final String PLAYER_USER_AGENT =
            "Kodi/21.1 (X11; Linux x86_64) App_Bitness/64 Version/21.1-(21.1.0)-Git:20240803-nogitfound";
    private static final int HEAD = 64 * 1024;
    private final OkHttpClient client;

    /** {@code http}: a client from the user's HTTP settings ({@code dev.lineup.http.HttpClients}). */
    public PlayerLinkCheck(OkHttpClient.Builder http, Duration perLink) {
        this.client = http.followRedirects(true).followSslRedirects(true).callTimeout(perLink).build();
    }

    /**
     * One file to check: its index entry and its link. {@code whole}: read it all and compare size and SHA-256
     * (a file this publish uploaded); otherwise only its start is read (an unchanged file: still a file and
     * not a web page, without downloading a large guide again on every publish that changed nothing).
     */
    public record Expected(String file, String link, long size, String sha256, boolean whole) {
        public Expected(String file, String link, long size, String sha256) {
            this(file, link, size, sha256, true);
        }
    }

    /** Checks each file in turn; stops early (the rest unchecked) once {@code cancelled}. */
    public List<LinkVerdict> check(List<Expected> files, Cancellation cancelled) {
        List<LinkVerdict> out = new ArrayList<>();
        for (Expected e : files) {
            if (cancelled.isCancelled()) {
                break;
            }
            out.add(check(e));
        }
        return out;
    }

    public LinkVerdict check(Expected e) {
        if (e.link() == null || e.link().isBlank()) {
            return LinkVerdict.failed(e.file(), e.link(), "no link: the provider gave none for this file");
        }
        try {
            if (e.link().startsWith("file:")) {
                try (InputStream in = Files.newInputStream(Path.of(URI.create(e.link())))) {
                    return judge(e, in, null);
                }
            }
            Request request = new Request.Builder().url(e.link()).header("User-Agent", PLAYER_USER_AGENT)
                    .header("Accept", "*/*").build();
            Call call = client.newCall(request);
            try (Response r = call.execute()) {
                if (!r.isSuccessful()) {
                    return LinkVerdict.failed(e.file(), e.link(), httpProblem(r.code()));
                }
                return judge(e, r.body().byteStream(), r.header("Content-Type"));
            }
        } catch (InterruptedIOException x) {
            return LinkVerdict.failed(e.file(), e.link(), "the link did not answer in time (" + x.getMessage() + ")");
        } catch (IOException | IllegalArgumentException x) {
            return LinkVerdict.failed(e.file(), e.link(), "the link could not be loaded: " + x.getMessage());
        }
    }

    private static LinkVerdict judge(Expected e, InputStream raw, String contentType) throws IOException {
        MessageDigest sha = sha256();
        Counting counted = new Counting(new DigestInputStream(raw, sha), e.size() + 1);
        BufferedInputStream in = new BufferedInputStream(counted, HEAD);
        in.mark(HEAD);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        boolean html = text.startsWith("<!doctype html") || text.startsWith("<html")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
                && !e.file().endsWith(".xml");
        if (html) {
            return LinkVerdict.failed(e.file(), e.link(), htmlProblem(text));
        }
        if ((e.file().endsWith(".m3u") || e.file().endsWith(".m3u8"))
                && !new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").startsWith("#EXTM3U")) {
            return LinkVerdict.failed(e.file(), e.link(), "the link does not give a playlist: it does not start "
                    + "with #EXTM3U");
        }
        if (!e.whole()) {
            boolean gzipMagic = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            return e.file().endsWith(".gz") && !gzipMagic
                    ? LinkVerdict.failed(e.file(), e.link(), "the link's bytes are not a gzip file; players cannot "
                    + "unpack this guide")
                    : LinkVerdict.ok(e.file(), e.link());
        }
        String gzipProblem = null;
        if (e.file().endsWith(".gz")) {
            try {
                // Not closed: that would close the link's stream, which is drained below.
                new GZIPInputStream(in, 1 << 16).transferTo(OutputStreamSink.INSTANCE);
            } catch (java.util.zip.ZipException | java.io.EOFException x) {
                gzipProblem = "the link's bytes are not a readable gzip file (" + x.getMessage()
                        + "); players cannot unpack this guide";
            }
        }
        in.transferTo(OutputStreamSink.INSTANCE);
        if (counted.count != e.size()) {
            return LinkVerdict.failed(e.file(), e.link(), "size mismatch: the link gave "
                    + (counted.count > e.size() ? "more than " + e.size() : counted.count) + " bytes, the folder "
                    + "index says " + e.size() + " (an old or different file)");
        }
        if (gzipProblem != null) {
            return LinkVerdict.failed(e.file(), e.link(), gzipProblem);
        }
        String got = HexFormat.of().formatHex(sha.digest());
        if (e.sha256() != null && !got.equalsIgnoreCase(e.sha256())) {
            return LinkVerdict.failed(e.file(), e.link(), "content mismatch: the link gives other bytes than the "
                    + "ones just published (SHA-256 " + got.substring(0, 12) + "…, the index says "
                    + e.sha256().substring(0, Math.min(12, e.sha256().length())) + "…); a cached or older copy?");
        }
        return LinkVerdict.ok(e.file(), e.link());
    }

    private static String htmlProblem(String page) {
        if (page.contains("virus scan warning") || page.contains("can't scan this file")
                || page.contains("download anyway")) {
            return "the link gives Google Drive's virus-scan warning page instead of the file (Drive does this for "
                    + "large files); players cannot click through it";
        }
        if (page.contains("dropbox")) {
            return "the link gives Dropbox's download page (HTML) instead of the file; players need the direct "
                    + "link (dl.dropboxusercontent.com or raw=1)";
        }
        return "the link gives a web page (HTML) instead of the file; players cannot read it";
    }

    private static String httpProblem(int code) {
        return switch (code) {
            case 401, 403 -> "HTTP " + code + " (forbidden): the link is not public, so players are refused";
            case 404, 410 -> "HTTP " + code + " (not found): the link points at nothing";
            case 429 -> "HTTP 429 (too many requests): the provider is limiting downloads of this link";
            default -> "HTTP " + code + " from the link";
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }

    /** Counts what passes and stops at {@code limit} bytes, so a wrong (huge) answer is not read to its end. */
    private static final class Counting extends java.io.FilterInputStream {
        private final long limit;
        long count;

        Counting(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (count >= limit) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, limit - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Discards bytes (a player's read, here only counted and hashed). */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
