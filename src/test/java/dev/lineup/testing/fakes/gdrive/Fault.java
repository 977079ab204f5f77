package dev.lineup.testing.fakes.gdrive;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One injected failure of {@link FakeDrive}: either an HTTP error in Drive's wire format or a connection
 * dropped part-way through the request body. A fault matches a method (null for any) and a regular
 * expression over {@code path?query}; {@link FakeDrive#inject(Fault, int)} arms it for the next N matches.
 */
public record Fault(String method, Pattern target, int status, String domain, String reason, String message,
                    Duration retryAfter, long dropAfterBytes) {

    public Fault {
        Objects.requireNonNull(target, "target");
    }

    private static final Pattern ANY = Pattern.compile(".*");

    public static Fault serverError(int status) {
        return new Fault(null, ANY, status, "global", "backendError", "Backend Error", null, -1);
    }

    public static Fault tooManyRequests(Duration retryAfter) {
        return new Fault(null, ANY, 429, "usageLimits", "rateLimitExceeded", "Rate Limit Exceeded", retryAfter, -1);
    }

    /** Drive's habit of saying "slow down" with a 403; reason is rateLimitExceeded or userRateLimitExceeded. */
    public static Fault rateLimit403(String reason) {
        return new Fault(null, ANY, 403, "usageLimits", reason, "User rate limit exceeded.", null, -1);
    }

    public static Fault quotaFull() {
        return new Fault(null, ANY, 403, "usageLimits", "storageQuotaExceeded",
                "The user's Drive storage quota has been exceeded.", null, -1);
    }

    public static Fault forbidden() {
        return new Fault(null, ANY, 403, "global", "insufficientFilePermissions",
                "The user does not have sufficient permissions for this file.", null, -1);
    }

    public static Fault unauthorized() {
        return new Fault(null, ANY, 401, "global", "authError",
                "Request had invalid authentication credentials.", null, -1);
    }

    /** Reads {@code afterBytes} of the request body (kept, if it is an upload chunk) and then drops the socket. */
    public static Fault dropConnection(long afterBytes) {
        return new Fault(null, ANY, 0, null, null, null, null, afterBytes);
    }

    /** The same fault, only for requests with this method and a {@code path?query} matching the regex. */
    public Fault on(String httpMethod, String pathRegex) {
        return new Fault(httpMethod, Pattern.compile(pathRegex), status, domain, reason, message, retryAfter,
                dropAfterBytes);
    }

    public boolean drops() {
        return dropAfterBytes >= 0;
    }

    boolean matches(String httpMethod, String pathAndQuery) {
        return (method == null || method.equalsIgnoreCase(httpMethod)) && target.matcher(pathAndQuery).matches();
    }
}
