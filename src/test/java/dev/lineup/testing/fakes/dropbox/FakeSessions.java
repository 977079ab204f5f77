package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Upload sessions with server-side offsets, as {@code upload_session/start|append_v2|finish} see them.
 * Sequential sessions take chunks in order only ({@code incorrect_offset} otherwise); concurrent ones
 * ({@code session_type: concurrent}) take 4 MiB-aligned chunks at any offset, no data in start or
 * finish, and must be closed by an append before the finish, which checks that no range is missing.
 */
final class FakeSessions {
    private static final int BLOCK = 4 * 1024 * 1024;

    /** Chunks kept as received and joined once at finish: growing one buffer copied 200 MB uploads ~3 times. */
    private static final class Session {
        final boolean concurrent;
        final TreeMap<Long, byte[]> chunks = new TreeMap<>();
        long size;
        boolean closed;

        Session(boolean concurrent) {
            this.concurrent = concurrent;
        }

        void put(long offset, byte[] chunk) {
            byte[] old = chunks.put(offset, chunk);
            size += chunk.length - (old == null ? 0 : old.length);
        }

        /** True when the chunks cover 0..size with no gap or overlap. */
        boolean contiguous() {
            long expected = 0;
            for (Map.Entry<Long, byte[]> c : chunks.entrySet()) {
                if (c.getKey() != expected) {
                    return false;
                }
                expected += c.getValue().length;
            }
            return expected == size;
        }

        byte[] joined() {
            byte[] all = new byte[Math.toIntExact(size)];
            for (Map.Entry<Long, byte[]> c : chunks.entrySet()) {
                System.arraycopy(c.getValue(), 0, all, Math.toIntExact(c.getKey()), c.getValue().length);
            }
            return all;
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();

    synchronized String start(byte[] first, boolean close, boolean concurrent) {
        if (concurrent && first.length > 0) {
            throw FakeApiError.conflict("concurrent_session_data_not_allowed");
        }
        if (concurrent && close) {
            throw FakeApiError.conflict("concurrent_session_close_not_allowed");
        }
        Session s = new Session(concurrent);
        if (first.length > 0) {
            s.put(0, first);
        }
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
        if (s.concurrent) {
            if (offset % BLOCK != 0) {
                throw FakeApiError.conflict("concurrent_session_invalid_offset");
            }
            if (!close && chunk.length % BLOCK != 0) {
                throw FakeApiError.conflict("concurrent_session_invalid_data_size");
            }
        } else {
            checkOffset(s, offset, null);
        }
        s.put(offset, chunk);
        s.closed = close;
    }

    /** Appends the last bytes and hands the whole content over; the session stays until the commit succeeds. */
    synchronized byte[] finish(String id, long offset, byte[] last) {
        Session s = lookup(id, "lookup_failed");
        if (s.concurrent) {
            if (last.length > 0) {
                throw FakeApiError.conflict("concurrent_session_data_not_allowed");
            }
            if (!s.closed) {
                throw FakeApiError.conflict("concurrent_session_not_closed");
            }
            if (!s.contiguous()) {
                throw FakeApiError.conflict("concurrent_session_missing_data");
            }
            checkOffset(s, offset, "lookup_failed");
        } else {
            checkOffset(s, offset, "lookup_failed");
            if (last.length > 0) {
                s.put(offset, last);
            }
        }
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
