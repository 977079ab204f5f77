package dev.lineup.service.publish;

import dev.lineup.model.TargetConfig;
import dev.lineup.service.common.StandardProviders;
import dev.lineup.store.Settings;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncProblem;
import dev.lineup.sync.TokenStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a cloud target signs in again, for every way it can have been signed in: with an app key / client
 * id the provider's browser sign-in runs (it also replaces a refresh token); without one the only way is
 * a new token pasted by the user (there is no app to sign in to). Also keeps the last sign-in check of
 * each target (a publish or sign-in that reached the provider, and what it said), so "signed in" is
 * never claimed for a token the provider already refused.
 */
public final class SignIns {
    /** Marks an access token that was never issued: the first call refreshes it from the refresh token. */
    public static final String NOT_YET_ISSUED = "not-yet-issued";

    /** The way {@code target login} and the wizard's "Sign in again" work for a target. */
    public enum Way {
        /** A local folder: nothing to sign in to. */
        NONE,
        /** The provider's consent page in a browser (the target has an app key / client id). */
        BROWSER,
        /** A token supplied by hand: a new one has to be pasted. */
        PASTE_TOKEN
    }

    /** The outcome of the last call that reached the provider with this target's sign-in. */
    public record Check(Instant at, boolean ok, String result) {
        /** e.g. "ok at 2026-12-06T17:00:00Z" or "Revoked at …: the provider refused the token". */
        public String describe() {
            return (ok ? "ok" : "FAILED") + " at " + at + (result.isEmpty() ? "" : " (" + result + ")");
        }
    }

    private SignIns() {
    }

    public static Way wayOf(TargetConfig config) {
        if (!Targets.provider(config).signsIn()) {
            return Way.NONE;
        }
        return TargetSettings.of(config).clientId() == null ? Way.PASTE_TOKEN : Way.BROWSER;
    }

    /** Replaces the target's sign-in with a pasted (or environment) access token; the next call uses it. */
    public static void useAccessToken(TargetConfig config, TokenStore tokens, String accessToken) {
        requireCloud(config);
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("the new access token is empty");
        }
        tokens.put(config.name(), new OAuthTokens(accessToken.strip(), null, null,
                TargetSettings.of(config).clientId(), null));
    }

    /** Replaces the sign-in with a refresh token; it only works with the app key / client id it was issued to. */
    public static void useRefreshToken(TargetConfig config, TokenStore tokens, String refreshToken) {
        requireCloud(config);
        String clientId = TargetSettings.of(config).clientId();
        if (clientId == null) {
            throw new IllegalArgumentException("target '" + config.name() + "' has no "
                    + StandardProviders.registry().get(config.kind()).clientIdName()
                    + ": a refresh token only works with the app it was issued to; use a new access token instead");
        }
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("the new refresh token is empty");
        }
        tokens.put(config.name(), new OAuthTokens(NOT_YET_ISSUED, refreshToken.strip(), Instant.EPOCH, clientId, null));
    }

    /** Notes that a call with this target's sign-in went through. */
    static void recordOk(Settings settings, String target, String detail) {
        settings.set(key(target), now() + "\tok\t" + (detail == null ? "" : detail));
    }

    /** Notes a problem if it is about the sign-in (expired, revoked); other problems say nothing about it. */
    static void recordProblem(Settings settings, String target, SyncProblem problem) {
        if (problem.kind() == ProblemKind.AUTH_EXPIRED || problem.kind() == ProblemKind.REVOKED) {
            settings.set(key(target), now() + "\tfailed\t" + problem.kind().label());
        }
    }

    /** A new sign-in: the last check was about the old one. */
    public static void clearCheck(Settings settings, String target) {
        settings.remove(key(target));
    }

    /** The last check, if there was one. */
    public static Optional<Check> last(Settings settings, String target) {
        return settings.get(key(target)).flatMap(v -> {
            String[] p = v.split("\t", 3);
            try {
                return Optional.of(new Check(Instant.parse(p[0]), p.length > 1 && p[1].equals("ok"),
                        p.length > 2 ? p[2] : ""));
            } catch (RuntimeException e) {
                return Optional.empty(); // an unreadable note is no check at all
            }
        });
    }

    static String key(String target) {
        return "target." + target + ".sign-in-check";
    }

    private static void requireCloud(TargetConfig config) {
        if (!Targets.provider(config).signsIn()) {
            throw new IllegalArgumentException("target '" + config.name() + "' is a local folder: it needs no sign-in");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
