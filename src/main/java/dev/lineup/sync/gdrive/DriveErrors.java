package dev.lineup.sync.gdrive;

import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns what the Drive SDK throws into one {@link ProblemKind}. Messages are built from the server's
 * error message and reason only: request URLs, headers and token values never go into them.
 */
final class DriveErrors {
    private static final Set<String> RATE_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded",
            "sharingRateLimitExceeded");
    private static final Set<String> QUOTA_REASONS = Set.of("storageQuotaExceeded", "quotaExceeded",
            "teamDriveFileLimitExceeded");

    private DriveErrors() {
    }

    static SyncException map(IOException e, String doing, Credential credential) {
        if (e instanceof TokenResponseException) {
            TokenResponseException t = (TokenResponseException) e;
            String error = t.getDetails() == null ? null : t.getDetails().getError();
            boolean revoked = "invalid_grant".equals(error);
            return new SyncException(revoked ? ProblemKind.REVOKED : ProblemKind.AUTH_EXPIRED,
                    "Google Drive: " + doing + " failed: Google refused to renew the sign-in ("
                            + (error == null ? "HTTP " + t.getStatusCode() : error) + "); sign in again",
                    Map.of("error", error == null ? Integer.toString(t.getStatusCode()) : error), null, null);
        }
        if (e instanceof HttpResponseException) {
            return mapResponse((HttpResponseException) e, doing, credential);
        }
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new SyncException(ProblemKind.UNREACHABLE, "Google Drive: " + doing + " failed: " + what,
                Map.of("lastError", what), null, e);
    }

    private static SyncException mapResponse(HttpResponseException e, String doing, Credential credential) {
        int status = e.getStatusCode();
        String reason = null;
        String serverMessage = e.getStatusMessage();
        if (e instanceof GoogleJsonResponseException && ((GoogleJsonResponseException) e).getDetails() != null) {
            GoogleJsonError details = ((GoogleJsonResponseException) e).getDetails();
            serverMessage = details.getMessage();
            if (details.getErrors() != null && !details.getErrors().isEmpty()) {
                reason = details.getErrors().get(0).getReason();
            }
        }
        Duration retryAfter = retryAfter(e.getHeaders().getRetryAfter());
        ProblemKind kind = kind(status, reason, credential);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("status", Integer.toString(status));
        if (reason != null) {
            facts.put("reason", reason);
        }
        String message = "Google Drive: " + doing + " failed: HTTP " + status
                + (reason == null ? "" : " " + reason) + (serverMessage == null ? "" : " (" + serverMessage + ")")
                + (kind == ProblemKind.AUTH_EXPIRED || kind == ProblemKind.REVOKED ? "; sign in again" : "");
        return new SyncException(kind, message, facts, retryAfter, null);
    }

    private static ProblemKind kind(int status, String reason, Credential credential) {
        if (status == 401) {
            // Credential blanks its access token when Google refuses the refresh token: the grant is gone.
            boolean refreshRefused = credential != null && credential.getRefreshToken() != null
                    && credential.getAccessToken() == null;
            return refreshRefused ? ProblemKind.REVOKED : ProblemKind.AUTH_EXPIRED;
        }
        if (status == 429 || status == 403 && RATE_REASONS.contains(reason)) {
            return ProblemKind.RATE_LIMITED;
        }
        if (status == 403) {
            return QUOTA_REASONS.contains(reason) ? ProblemKind.QUOTA_FULL : ProblemKind.FORBIDDEN;
        }
        if (status >= 500 || status == 408) {
            return ProblemKind.UNREACHABLE;
        }
        return ProblemKind.BAD_REQUEST;
    }

    /** Retry-After is either delay-seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    static boolean isNotFound(IOException e) {
        return e instanceof HttpResponseException && ((HttpResponseException) e).getStatusCode() == 404;
    }
}
