package dev.lineup.testing.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.fakes.DropboxWirePlan.Step;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults must not corrupt a kept-alive connection: after a 500, a 429 or a dropped request every later
 * answer on the same connection must arrive whole and in order. Once a client read the 500's body glued
 * to the next status line ("Internal Server ErrorHTTP/1.1 409"); these runs would show that as a wrong
 * status or body, as a ProtocolException, or as more connections than the drops explain.
 */
class FakeDropboxConnectionTest {
    private FakeDropbox fake;

    @BeforeEach
    void start() throws IOException {
        fake = FakeDropbox.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void everyAnswerOnOneRawSocketIsFramedExactlyAsItsHeadersSay() throws IOException {
        DropboxWirePlan plan = new DropboxWirePlan(fake, "/raw");
        WireConnection wire = new WireConnection(fake.baseUrl());
        int sockets = 1;
        try {
            for (int i = 0; i < 90; i++) {
                Step s = plan.step(i);
                plan.arm(s);
                if (s.drops()) {
                    wire.send("POST", s.path(), withLength(s), s.body());
                    assertThat(readsEof(wire)).as(s.name()).isTrue();
                    wire.close();
                    wire = new WireConnection(fake.baseUrl());
                    sockets++;
                    continue;
                }
                WireConnection.Answer a = wire.exchange("POST", s.path(), s.headers(), s.body());
                assertThat(s.mismatch(a.status(), a.body())).as("step %d", i).isNull();
                assertThat(wire.strayBytes()).as("bytes beyond the answer to %s", s.name()).isZero();
            }
        } finally {
            wire.close();
        }
        assertThat(sockets).as("one socket, plus one after each drop").isEqualTo(1 + 90 / 9 * 2);
    }

    @Test
    void okHttpWithOnePooledConnectionReadsEveryAnswerAndReusesTheConnection() throws Exception {
        AtomicInteger connects = new AtomicInteger();
        OkHttpClient client = client(connects);
        List<String> wrong = run(client, new DropboxWirePlan(fake, "/okhttp"), 450);
        assertThat(wrong).isEmpty();
        assertThat(connects.get()).as("a new connection only after each of the 100 drops").isEqualTo(1 + 100);
    }

    @Test
    void javaHttpClientReadsEveryAnswerThroughFaults() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        DropboxWirePlan plan = new DropboxWirePlan(fake, "/jdk");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            Step s = plan.step(i);
            plan.arm(s);
            java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(
                    URI.create(fake.baseUrl() + s.path())).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(s.body()));
            s.headers().forEach(r::header);
            try {
                java.net.http.HttpResponse<byte[]> res = client.send(r.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                String m = s.drops() ? s.name() + ": answered " + res.statusCode() : s.mismatch(res.statusCode(), res.body());
                if (m != null) {
                    wrong.add(i + " " + m);
                }
            } catch (IOException e) {
                if (!s.drops()) {
                    wrong.add(i + " " + s.name() + ": " + e);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void concurrentClientsThroughFaultsEachReadOnlyTheirOwnWholeAnswers() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                DropboxWirePlan plan = new DropboxWirePlan(fake, "/client" + t);
                runs.add(threads.submit(() -> run(client(new AtomicInteger()), plan, 360)));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> f : runs) {
                wrong.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertThat(wrong).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }

    /** Runs {@code steps} of the plan; returns what went wrong, in words. */
    static List<String> run(OkHttpClient client, DropboxWirePlan plan, int steps) {
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < steps; i++) {
            Step s = plan.step(i);
            plan.arm(s);
            Request.Builder r = new Request.Builder().url(plan.url(s.path()))
                    .post(RequestBody.create(s.body(), MediaType.get(s.headers().get("Content-Type"))));
            s.headers().forEach(r::header);
            Call call = client.newCall(r.build());
            try (Response res = call.execute()) {
                String m = s.drops() ? s.name() + ": answered " + res.code() : s.mismatch(res.code(), res.body().bytes());
                if (m != null) {
                    wrong.add(i + " " + m);
                }
            } catch (IOException e) {
                if (!s.drops()) {
                    wrong.add(i + " " + s.name() + ": " + e);
                }
            }
        }
        return wrong;
    }

    private static OkHttpClient client(AtomicInteger connects) {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(1, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                .eventListener(new EventListener() {
                    @Override
                    public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
                        connects.incrementAndGet();
                    }
                })
                .build();
    }

    private static java.util.Map<String, String> withLength(Step s) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(s.headers());
        h.put("Content-Length", Integer.toString(s.body().length));
        return h;
    }

    private static boolean readsEof(WireConnection wire) throws IOException {
        try {
            wire.read(false);
            return false;
        } catch (EOFException e) {
            return true;
        }
    }
}
