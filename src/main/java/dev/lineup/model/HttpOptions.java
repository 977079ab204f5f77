package dev.lineup.model;

import java.time.Duration;

/**
 * The user's HTTP settings every client is built from ({@code http.user-agent},
 * {@code http.connect-timeout-seconds}, {@code http.read-timeout-seconds}): some IPTV providers refuse unknown
 * user agents, and a slow link needs longer timeouts, for sources, logos and uploads alike.
 */
public record HttpOptions(String userAgent, Duration connectTimeout, Duration readTimeout) {
    /** The settings' defaults. */
    public static final HttpOptions DEFAULTS = new HttpOptions("Lineup/0.1 (+https://github.com/lineup-iptv/lineup)",
            Duration.ofSeconds(15), Duration.ofSeconds(60));

    public HttpOptions {
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULTS.userAgent() : userAgent.strip();
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(15) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    }
}
