package dev.lineup.service.logos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.HttpOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskLogoCacheTest {
    private static final HttpOptions HTTP = new HttpOptions("VLC/3.0.20 LibVLC/3.0.20", Duration.ofSeconds(2),
            Duration.ofSeconds(2));
    @TempDir
    Path dir;

    @Test
    void logosAreAskedForWithTheUsersAgentAndTheFolderStaysUnderItsBound() throws Exception {
        byte[] logo = new byte[400];
        try (MockWebServer server = new MockWebServer()) {
            for (int i = 0; i < 4; i++) {
                server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/png")
                        .body(new Buffer().write(logo)).build());
            }
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            LogoService cache = new LogoService(dir, HTTP, 1000); // room for two logos
            for (String name : List.of("a", "b", "c", "d")) {
                assertThat(cache.logo(server.url("/" + name + ".png").toString())).isPresent();
                Thread.sleep(20); // distinct file times: the oldest goes first
            }
            assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("VLC/3.0.20 LibVLC/3.0.20");
            long total;
            try (var files = Files.list(dir)) {
                total = files.mapToLong(p -> p.toFile().length()).sum();
            }
            assertThat(total).isLessThanOrEqualTo(1000);
            assertThat(cache.logo(server.url("/d.png").toString())).as("the newest is still there").isPresent();
            assertThat(server.getRequestCount()).isEqualTo(4);
        }
    }

    @Test
    void aLogoIsFetchedOnceThenServedFromDiskEvenByANewCache() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/png")
                    .body(new Buffer().write(png)).build());
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            String url = server.url("/logo.png?token=secret").toString();
            assertThat(new LogoService(dir, HTTP).logo(url)).contains(png);
            assertThat(new LogoService(dir, HTTP).logo(url)).contains(png);
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
            LogoService cache = new LogoService(dir, HTTP);
            String missing = server.url("/missing.png").toString();
            assertThat(cache.logo(missing)).isEmpty();
            assertThat(cache.logo(missing)).isEmpty();
            assertThat(cache.logo(server.url("/page").toString())).isEmpty();
            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(cache.logo("file:///etc/passwd")).isEmpty();
        }
    }
}
