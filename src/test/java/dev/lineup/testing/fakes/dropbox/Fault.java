package dev.lineup.testing.fakes.dropbox;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One injected failure: the next {@code count} requests whose path matches {@code pathRegex} (found
 * anywhere in the path, e.g. {@code "files/upload$"} or {@code "upload_session"}) get it instead of a
 * normal answer. Bodies are Dropbox's own error shapes. {@link #matchingArg} narrows a fault to requests
 * whose Dropbox-API-Arg (or JSON body) also matches, e.g. only the append that closes a session.
 */
public record Fault(Pattern pathPattern, int count, Kind kind, int status, Duration retryAfter, String body,
                    Pattern argPattern) {

    public Fault(Pattern pathPattern, int count, Kind kind, int status, Duration retryAfter, String body) {
        this(pathPattern, count, kind, status, retryAfter, body, null);
    }

    /** The same fault, for requests whose argument also contains a match of {@code argRegex}. */
    public Fault matchingArg(String argRegex) {
        return new Fault(pathPattern, count, kind, status, retryAfter, body, Pattern.compile(argRegex));
    }

    boolean matches(String path, String arg) {
        return pathPattern.matcher(path).find() && (argPattern == null || argPattern.matcher(arg).find());
    }

    public enum Kind {
        /** An HTTP answer with the given status, headers and body. */
        RESPONSE,
        /** The connection is closed before the request is processed. */
        DROP_CONNECTION,
        /** The request is processed (a write happens) but the connection is closed before the answer. */
        DROP_AFTER_PROCESSING
    }

    public static Fault serverError(String pathRegex, int count) {
        return response(pathRegex, count, 500, null, "Internal Server Error");
    }

    public static Fault unavailable(String pathRegex, int count, Duration retryAfter) {
        return response(pathRegex, count, 503, retryAfter, "Service Unavailable");
    }

    public static Fault rateLimited(String pathRegex, int count, Duration retryAfter) {
        return rateLimit(pathRegex, count, retryAfter, "too_many_requests");
    }

    public static Fault tooManyWriteOperations(String pathRegex, int count, Duration retryAfter) {
        return rateLimit(pathRegex, count, retryAfter, "too_many_write_operations");
    }

    private static Fault rateLimit(String pathRegex, int count, Duration retryAfter, String reason) {
        String body = "{\"error_summary\":\"" + reason + "/..\",\"error\":{\"reason\":{\".tag\":\"" + reason
                + "\"},\"retry_after\":" + retryAfter.toSeconds() + "}}";
        return response(pathRegex, count, 429, retryAfter, body);
    }

    public static Fault expiredToken(String pathRegex, int count) {
        return response(pathRegex, count, 401, null,
                "{\"error_summary\":\"expired_access_token/..\",\"error\":{\".tag\":\"expired_access_token\"}}");
    }

    public static Fault forbidden(String pathRegex, int count) {
        return response(pathRegex, count, 403, null,
                "{\"error_summary\":\"invalid_account_type/endpoint/..\",\"error\":{\".tag\":"
                        + "\"invalid_account_type\",\"invalid_account_type\":{\".tag\":\"endpoint\"}}}");
    }

    public static Fault dropConnection(String pathRegex, int count) {
        return new Fault(Pattern.compile(pathRegex), count, Kind.DROP_CONNECTION, 0, null, null);
    }

    public static Fault dropAfterProcessing(String pathRegex, int count) {
        return new Fault(Pattern.compile(pathRegex), count, Kind.DROP_AFTER_PROCESSING, 0, null, null);
    }

    /** Any answer, e.g. a 409 route error body to check how a client maps it. */
    public static Fault response(String pathRegex, int count, int status, Duration retryAfter, String body) {
        return new Fault(Pattern.compile(pathRegex), count, Kind.RESPONSE, status, retryAfter, body);
    }
}
