package dev.lineup.service.logos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskLogoCacheTest {
    @TempDir
    Path dir;

    @Test
    void aLogoIsFetchedOnceThenServedFromDiskEvenByANewCache() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/png")
                    .body(new Buffer().write(png)).build());
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            String url = server.url("/logo.png?token=secret").toString();
            assertThat(new DiskLogoCache(dir, Duration.ofSeconds(2)).logo(url)).contains(png);
            assertThat(new DiskLogoCache(dir, Duration.ofSeconds(2)).logo(url)).contains(png);
            assertThat(server.getRequestCount()).isEqualTo(1);
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("secret"));
            }
        }
    }

    @Test
    void aUrlThatGivesNoImageIsNotAskedAgainInTheSameRun() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().code(404).build());
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html>").build());
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            DiskLogoCache cache = new DiskLogoCache(dir, Duration.ofSeconds(2));
            String missing = server.url("/missing.png").toString();
            assertThat(cache.logo(missing)).isEmpty();
            assertThat(cache.logo(missing)).isEmpty();
            assertThat(cache.logo(server.url("/page").toString())).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(cache.logo("file:///etc/passwd")).isEmpty();
        }
    }
}
