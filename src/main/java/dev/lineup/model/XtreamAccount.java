package dev.lineup.model;

import java.time.Instant;

/**
 * What an Xtream Codes server says about the account ({@code user_info}): status, expiry (null =
 * never), connection limits and the server's time zone. Shown by {@code source list}.
 */
public record XtreamAccount(String status, Instant expiresAt, Integer maxConnections, Integer activeConnections,
                            boolean trial, String serverTimezone) {
}
