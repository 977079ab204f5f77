package dev.lineup.testing;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A provider on loopback that holds every playlist request until the test lets it answer. */
public final class HeldProvider implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Semaphore arrived = new Semaphore(0);
    private final Semaphore answers = new Semaphore(0);
    private final AtomicInteger requests = new AtomicInteger();

    public HeldProvider(String playlist) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                requests.incrementAndGet();
                arrived.release();
                answers.acquire();
                return new MockResponse.Builder().body(playlist).build();
            }
        });
        server.start();
    }

    public String url() {
        return server.url("/playlist.m3u").toString();
    }

    /** Waits until the next request has arrived (and is being held). */
    public void awaitRequest() throws InterruptedException {
        if (!arrived.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new AssertionError("no request reached the provider within 60 s");
        }
    }

    /** Lets one held request be answered. */
    public void answer() {
        answers.release();
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        answers.release(1000);
        server.close();
    }
}
