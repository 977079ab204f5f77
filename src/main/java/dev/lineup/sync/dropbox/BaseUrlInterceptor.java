package dev.lineup.sync.dropbox;

import dev.lineup.sync.ServerClock;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the SDK's calls for Dropbox's hosts to one configured base URL (a local fake in tests and
 * demos). {@code DbxHost} cannot do this: the SDK always builds {@code https://HOST/...}. Also feeds
 * every answer's {@code Date} header to the {@link ServerClock}, real Dropbox or not.
 */
final class BaseUrlInterceptor implements Interceptor {
    static final Set<String> DROPBOX_HOSTS = Set.of("api.dropboxapi.com", "content.dropboxapi.com",
            "api.dropbox.com", "notify.dropboxapi.com");

    private final HttpUrl base;
    private final ServerClock clock;

    BaseUrlInterceptor(URI baseUrl, ServerClock clock) {
        this.base = baseUrl == null ? null : HttpUrl.get(baseUrl.toString());
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (base != null && DROPBOX_HOSTS.contains(request.url().host())) {
            request = request.newBuilder().url(rewrite(request.url())).build();
        }
        Response response = chain.proceed(request);
        clock.observe(response.header("Date"));
        return response;
    }

    HttpUrl rewrite(HttpUrl original) {
        String prefix = base.encodedPath().endsWith("/")
                ? base.encodedPath().substring(0, base.encodedPath().length() - 1) : base.encodedPath();
        return original.newBuilder()
                .scheme(base.scheme())
                .host(base.host())
                .port(base.port())
                .encodedPath(prefix + original.encodedPath())
                .build();
    }
}
