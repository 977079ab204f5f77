package dev.lineup.sync.dropbox;

import com.dropbox.core.BadRequestException;
import com.dropbox.core.BadResponseCodeException;
import com.dropbox.core.DbxException;
import com.dropbox.core.InvalidAccessTokenException;
import com.dropbox.core.NetworkIOException;
import com.dropbox.core.RateLimitException;
import com.dropbox.core.RetryException;
import com.dropbox.core.ServerException;
import com.dropbox.core.AccessErrorException;
import com.dropbox.core.v2.auth.AuthError;
import com.dropbox.core.v2.files.LookupError;
import com.dropbox.core.v2.files.WriteError;
import com.dropbox.core.oauth.DbxOAuthException;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Classifies every Dropbox failure into one {@link ProblemKind}. Messages say what was being done and
 * why it failed in words; they carry no token (the SDK's messages are error summaries, also token-free).
 */
final class DropboxProblems {
    private DropboxProblems() {
    }

    static SyncException of(String context, DbxException e) {
        if (e instanceof InvalidAccessTokenException) {
            return auth(context, ((InvalidAccessTokenException) e).getAuthError(), e);
        }
        if (e instanceof DbxOAuthException) {
            String error = ((DbxOAuthException) e).getDbxOAuthError().getError();
            ProblemKind kind = "invalid_grant".equals(error) || "invalid_client".equals(error)
                    ? ProblemKind.REVOKED : ProblemKind.BAD_REQUEST;
            return new SyncException(kind, context + ": sign-in is no longer valid (" + error
                    + "); sign in to Dropbox again", Map.of(), null, e);
        }
        if (e instanceof AccessErrorException) {
            return new SyncException(ProblemKind.FORBIDDEN, context + ": Dropbox refused access to this app",
                    Map.of(), null, e);
        }
        if (e instanceof RateLimitException) {
            Duration wait = Duration.ofMillis(Math.max(1000, ((RetryException) e).getBackoffMillis()));
            return new SyncException(ProblemKind.RATE_LIMITED, context + ": Dropbox asks to slow down, retry in "
                    + wait.toSeconds() + " s", Map.of("retryAfterSeconds", Long.toString(wait.toSeconds())), wait, e);
        }
        if (e instanceof RetryException) {
            long ms = ((RetryException) e).getBackoffMillis();
            return new SyncException(ProblemKind.UNREACHABLE, context + ": Dropbox is temporarily unavailable",
                    Map.of(), ms > 0 ? Duration.ofMillis(ms) : null, e);
        }
        if (e instanceof ServerException) {
            return unreachable(context, "Dropbox had a server error", e);
        }
        if (e instanceof NetworkIOException) {
            return unreachable(context, "network error talking to Dropbox (" + e.getCause().getClass().getSimpleName()
                    + ")", e);
        }
        if (e instanceof BadResponseCodeException) {
            return byStatus(context, ((BadResponseCodeException) e).getStatusCode(), e);
        }
        if (e instanceof BadRequestException) {
            return new SyncException(ProblemKind.BAD_REQUEST, context + ": Dropbox rejected the request",
                    Map.of(), null, e);
        }
        return unreachable(context, "unexpected answer from Dropbox (" + e.getClass().getSimpleName() + ")", e);
    }

    static SyncException io(String context, IOException e) {
        return unreachable(context, "network error talking to Dropbox (" + e.getClass().getSimpleName() + ")", e);
    }

    static SyncException auth(String context, AuthError error, Throwable cause) {
        if (error != null && error.isExpiredAccessToken()) {
            return new SyncException(ProblemKind.AUTH_EXPIRED, context + ": the Dropbox sign-in has expired",
                    Map.of(), null, cause);
        }
        if (error != null && (error.isMissingScope() || error.isRouteAccessDenied())) {
            return new SyncException(ProblemKind.FORBIDDEN, context + ": this Dropbox app lacks a permission",
                    Map.of(), null, cause);
        }
        return new SyncException(ProblemKind.REVOKED, context + ": Dropbox no longer accepts this sign-in",
                Map.of(), null, cause);
    }

    /** A WriteError that is not the conflict the caller handles itself. */
    static SyncException write(String context, WriteError w, Throwable cause, Map<String, String> quotaFacts) {
        if (w.isInsufficientSpace()) {
            return new SyncException(ProblemKind.QUOTA_FULL, context + ": the Dropbox account is full"
                    + (quotaFacts.containsKey("usage") ? " (" + quotaFacts.get("usage") + ")" : ""),
                    quotaFacts, null, cause);
        }
        if (w.isTooManyWriteOperations()) {
            return rateLimited(context, cause);
        }
        if (w.isNoWritePermission() || w.isTeamFolder() || w.isAccessRestricted() || w.isOperationSuppressed()) {
            return new SyncException(ProblemKind.FORBIDDEN, context + ": no permission to write there",
                    Map.of(), null, cause);
        }
        if (w.isConflict()) {
            return new SyncException(ProblemKind.BAD_REQUEST, context + ": a " + w.getConflictValue().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " is in the way", Map.of(), null, cause);
        }
        return new SyncException(ProblemKind.BAD_REQUEST, context + ": Dropbox refused the name ("
                + w.tag().name().toLowerCase(java.util.Locale.ROOT) + ")", Map.of(), null, cause);
    }

    static SyncException lookup(String context, LookupError l, Throwable cause) {
        if (l.isRestrictedContent() || l.isLocked()) {
            return new SyncException(ProblemKind.FORBIDDEN, context + ": the file is restricted or locked",
                    Map.of(), null, cause);
        }
        String what = l.isNotFound() ? "no such file" : l.tag().name().toLowerCase(java.util.Locale.ROOT);
        return new SyncException(ProblemKind.BAD_REQUEST, context + ": " + what, Map.of(), null, cause);
    }

    static SyncException rateLimited(String context, Throwable cause) {
        return new SyncException(ProblemKind.RATE_LIMITED, context + ": too many write operations at once",
                Map.of(), Duration.ofSeconds(1), cause);
    }

    private static SyncException byStatus(String context, int status, Throwable cause) {
        if (status == 403) {
            return new SyncException(ProblemKind.FORBIDDEN, context + ": Dropbox answered 403 Forbidden",
                    Map.of(), null, cause);
        }
        if (status == 429) {
            return rateLimited(context, cause);
        }
        if (status >= 500) {
            return unreachable(context, "Dropbox answered " + status, cause);
        }
        return new SyncException(ProblemKind.BAD_REQUEST, context + ": Dropbox answered " + status,
                Map.of(), null, cause);
    }

    private static SyncException unreachable(String context, String why, Throwable cause) {
        return new SyncException(ProblemKind.UNREACHABLE, context + ": " + why, Map.of(), null, cause);
    }
}
