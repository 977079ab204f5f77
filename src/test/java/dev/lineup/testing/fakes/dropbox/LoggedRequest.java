package dev.lineup.testing.fakes.dropbox;

/**
 * One request as the fake saw it: the endpoint path, its argument JSON (never the bearer token), the
 * body size, the status answered (0 for a dropped connection) and the error summary if any.
 */
public record LoggedRequest(String path, String arg, long bodyBytes, int status, String errorSummary) {
}
