package dev.lineup.http;

import dev.lineup.model.HttpOptions;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The one way to make an HTTP client: every client (source downloads, logos, the Dropbox SDK's requestor)
 * starts from the user's {@link HttpOptions} — timeouts and user agent — and adds only what its job needs.
 */
public final class HttpClients {
    private HttpClients() {
    }

    /** A new client builder with the user's timeouts and user agent, following redirects. */
    public static OkHttpClient.Builder builder(HttpOptions options) {
        return configure(new OkHttpClient.Builder(), options);
    }

    /**
     * Applies the user's timeouts (connect; read and write alike) and user agent to {@code builder}, e.g. the
     * Dropbox SDK's own builder, which carries its certificate pinning. A request that names its own user agent
     * (the Dropbox SDK's app identifier) keeps it.
     */
    public static OkHttpClient.Builder configure(OkHttpClient.Builder builder, HttpOptions options) {
        String agent = options.userAgent();
        return builder.connectTimeout(options.connectTimeout()).readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout()).followRedirects(true).followSslRedirects(true)
                .addInterceptor(chain -> {
                    Request r = chain.request();
                    return chain.proceed(r.header("User-Agent") != null ? r : r.newBuilder().header("User-Agent", agent).build());
                });
    }
}
