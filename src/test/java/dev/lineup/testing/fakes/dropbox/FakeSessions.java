package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Upload sessions with server-side offsets, as {@code upload_session/start|append_v2|finish} see them. */
final class FakeSessions {
    /** Chunks kept as received and joined once at finish: growing one buffer copied 200 MB uploads ~3 times. */
    private static final class Session {
        final List<byte[]> chunks = new ArrayList<>();
        long size;
        boolean closed;

        void add(byte[] chunk) {
            chunks.add(chunk);
            size += chunk.length;
        }

        byte[] joined() {
            byte[] all = new byte[Math.toIntExact(size)];
            int at = 0;
            for (byte[] c : chunks) {
                System.arraycopy(c, 0, all, at, c.length);
                at += c.length;
            }
            return all;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();

    synchronized String start(byte[] first, boolean close) {
        Session s = new Session();
        s.add(first);
        s.closed = close;
        String id = "pid_upload_session:" + UUID.randomUUID().toString().replace("-", "");
        sessions.put(id, s);
        return id;
    }

    synchronized void append(String id, long offset, byte[] chunk, boolean close) {
        Session s = lookup(id, null);
        if (s.closed) {
            throw FakeApiError.conflict("closed");
        }
        checkOffset(s, offset, null);
        s.add(chunk);
        s.closed = close;
    }

    /** Appends the last bytes and hands the whole content over; the session stays until the commit succeeds. */
    synchronized byte[] finish(String id, long offset, byte[] last) {
        Session s = lookup(id, "lookup_failed");
        checkOffset(s, offset, "lookup_failed");
        s.add(last);
        s.closed = true;
        return s.joined();
    }

    synchronized void committed(String id) {
        sessions.remove(id);
    }

    synchronized int open() {
        return sessions.size();
    }

    private Session lookup(String id, String wrapper) {
        Session s = sessions.get(id);
        if (s == null) {
            throw wrapper == null ? FakeApiError.conflict("not_found") : FakeApiError.conflict(wrapper, "not_found");
        }
        return s;
    }

    private static void checkOffset(Session s, long offset, String wrapper) {
        long size = s.size;
        if (offset == size) {
            return;
        }
        ObjectNode inner = FakeJson.object();
        inner.put(".tag", "incorrect_offset");
        inner.put("correct_offset", size);
        if (wrapper == null) {
            throw FakeApiError.conflictWith(inner, "incorrect_offset/");
        }
        ObjectNode outer = FakeJson.object();
        outer.put(".tag", wrapper);
        outer.set(wrapper, inner);
        throw FakeApiError.conflictWith(outer, wrapper + "/incorrect_offset/");
    }
}
