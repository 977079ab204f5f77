package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxRequestConfig;
import com.dropbox.core.http.OkHttp3Requestor;
import dev.lineup.http.HttpClients;
import dev.lineup.sync.ServerClock;
import java.net.URI;
import okhttp3.OkHttpClient;

/**
 * The HTTP stack shared by a target and its sign-in: the SDK's {@link OkHttp3Requestor} over one
 * OkHttp client with the base-URL interceptor. OkHttp's silent retry on connection failure is off, and
 * the SDK's auto-retry is off: retrying is the shared pacer's job, so a failure reaches it exactly once.
 * Sockets come with TCP_NODELAY ({@link NoDelaySocketFactory}): with Nagle on, every upload-session chunk
 * ended in a delayed-ACK stall. File content goes out as {@link FileRegion}s ({@link RegionRequestor}).
 */
final class DropboxHttp {
    private static final String AUTHORIZE_URL = "https://www.dropbox.com/oauth2/authorize";

    final OkHttpClient client;
    final DbxRequestConfig requestConfig;
    final ServerClock clock = new ServerClock();
    private final URI apiBaseUrl;

    DropboxHttp(DropboxConfig config) {
        this.apiBaseUrl = config.apiBaseUrl();
        // The SDK's builder carries its certificate pinning; the user's timeouts go on top of it.
        this.client = HttpClients.configure(OkHttp3Requestor.defaultOkHttpClientBuilder(), config.http())
                .addInterceptor(new BaseUrlInterceptor(apiBaseUrl, clock))
                .retryOnConnectionFailure(false)
                .socketFactory(new NoDelaySocketFactory())
                .build();
        this.requestConfig = DbxRequestConfig.newBuilder(config.clientIdentifier())
                .withHttpRequestor(new RegionRequestor(new OkHttp3Requestor(client), client))
                .withAutoRetryDisabled()
                .build();
    }

    /** Where the browser signs in: Dropbox's page, or the fake's when a base URL is configured. */
    URI authorizeEndpoint() {
        if (apiBaseUrl == null) {
            return URI.create(AUTHORIZE_URL);
        }
        String base = apiBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/oauth2/authorize");
    }

    void shutdown() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
