package dev.lineup.sync.gdrive;

import com.google.api.client.auth.oauth2.AuthorizationCodeTokenRequest;
import com.google.api.client.auth.oauth2.BearerToken;
import com.google.api.client.auth.oauth2.ClientParametersAuthentication;
import com.google.api.client.auth.oauth2.Credential;
import com.google.api.client.auth.oauth2.CredentialRefreshListener;
import com.google.api.client.auth.oauth2.TokenErrorResponse;
import com.google.api.client.auth.oauth2.TokenResponse;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.UrlEncodedContent;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import dev.lineup.model.HttpOptions;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.LoopbackReceiver;
import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.TokenStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google sign-in for installed apps: authorization code with PKCE (S256), redirected to a loopback
 * server on 127.0.0.1 with a checked {@code state}; the refresh token is kept in a {@link TokenStore}
 * under {@code tokenKey}, access tokens only in memory (renewed automatically by {@link Credential}).
 * Scope {@code drive.file}: Lineup sees only the files and folders it created itself.
 */
public final class DriveAuth {
    public static final String SCOPE = "https://www.googleapis.com/auth/drive.file";
    private static final Logger LOG = LoggerFactory.getLogger(DriveAuth.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DriveEndpoints endpoints;
    private final String clientId;
    private final String clientSecret;
    private final TokenStore store;
    private final String tokenKey;
    private final NetHttpTransport transport = new NetHttpTransport();
    /** The user's timeouts and user agent on every call to Google's token and revoke endpoints. */
    private final HttpRequestInitializer httpSettings;

    /** {@code clientSecret} may be null (Google's desktop clients have a non-secret one; PKCE protects the code). */
    public DriveAuth(DriveEndpoints endpoints, String clientId, String clientSecret, TokenStore store, String tokenKey) {
        this(endpoints, clientId, clientSecret, store, tokenKey, HttpOptions.DEFAULTS);
    }

    /** As above, talking to Google with the user's HTTP settings ({@code http}), as the Drive target does. */
    public DriveAuth(DriveEndpoints endpoints, String clientId, String clientSecret, TokenStore store, String tokenKey,
                     HttpOptions http) {
        this.endpoints = endpoints;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.store = store;
        this.tokenKey = tokenKey;
        this.httpSettings = request -> {
            request.setConnectTimeout((int) http.connectTimeout().toMillis());
            request.setReadTimeout((int) http.readTimeout().toMillis());
            request.setWriteTimeout((int) http.readTimeout().toMillis());
            request.getHeaders().setUserAgent(http.userAgent());
        };
    }

    /**
     * Opens Google's consent page through {@code browser} and waits up to {@code timeout} for the
     * redirect; then exchanges the code (with the PKCE verifier) and stores the refresh token.
     */
    public Credential signIn(Consumer<URI> browser, Duration timeout) throws SyncException {
        String verifier = randomUrlSafe(64);
        String state = randomUrlSafe(24);
        try (LoopbackReceiver receiver = new LoopbackReceiver("Google Drive", state)) {
            String redirect = receiver.redirectUri();
            browser.accept(URI.create(endpoints.authorizationUrl() + "?response_type=code&client_id=" + enc(clientId)
                    + "&redirect_uri=" + enc(redirect) + "&scope=" + enc(SCOPE) + "&state=" + enc(state)
                    + "&code_challenge=" + enc(s256(verifier)) + "&code_challenge_method=S256"
                    + "&access_type=offline&prompt=consent"));
            String code = receiver.awaitCode(timeout);
            TokenResponse tokens = new AuthorizationCodeTokenRequest(transport, GsonFactory.getDefaultInstance(),
                    new GenericUrl(endpoints.tokenUrl()), code).setRedirectUri(redirect).setRequestInitializer(httpSettings)
                    .setClientAuthentication(new ClientParametersAuthentication(clientId, clientSecret))
                    .set("code_verifier", verifier).execute();
            if (tokens.getRefreshToken() != null) {
                store.put(tokenKey, stored(tokens.getAccessToken(), tokens.getRefreshToken()));
            } else {
                LOG.warn("Google returned no refresh token; this sign-in lasts until the access token expires");
            }
            LOG.info("Signed in to Google Drive ({})", tokenKey);
            return newCredential().setFromTokenResponse(tokens);
        } catch (IOException e) {
            throw DriveErrors.map(e, "sign in", null);
        }
    }

    /** The stored sign-in, if any; its access token is fetched and renewed on demand. */
    public Optional<Credential> storedCredential() {
        return refreshToken().map(this::fromRefreshToken);
    }

    /** A credential from a refresh token handed over by the user (CLI {@code --refresh-token-env}). */
    public Credential fromRefreshToken(String refreshToken) {
        return newCredential().setRefreshToken(refreshToken);
    }

    /** A fixed access token (CLI {@code --access-token-env}); it cannot be renewed, so it ends in AuthExpired. */
    /**
     * The target over stored tokens: refreshed through {@code auth} when it has a refresh token and a client,
     * else the bare access token. Here so the Google client's types stay inside this package.
     */
    public static DriveTarget openTarget(DriveTargetConfig config, DriveAuth auth, OAuthTokens stored,
                                         Consumer<URI> browser) {
        Credential credential = auth != null && stored.refreshToken() != null
                ? auth.fromRefreshToken(stored.refreshToken())
                : fromAccessToken(stored.accessToken());
        return new DriveTarget(config, credential, auth, browser);
    }

    public static Credential fromAccessToken(String accessToken) {
        return new Credential(BearerToken.authorizationHeaderAccessMethod()).setAccessToken(accessToken);
    }

    /** Revokes the stored grant at Google (an already-revoked one counts as done) and forgets it. */
    public void revoke() throws SyncException {
        Optional<String> refresh = refreshToken();
        if (refresh.isEmpty()) {
            return;
        }
        try {
            transport.createRequestFactory(httpSettings).buildPostRequest(new GenericUrl(endpoints.revokeUrl()),
                    new UrlEncodedContent(Map.of("token", refresh.get()))).execute().disconnect();
        } catch (HttpResponseException e) {
            boolean alreadyGone = e.getStatusCode() == 400 && e.getContent() != null
                    && e.getContent().contains("invalid_token");
            if (!alreadyGone) {
                throw DriveErrors.map(e, "revoke the sign-in", null);
            }
        } catch (IOException e) {
            throw DriveErrors.map(e, "revoke the sign-in", null);
        }
        store.delete(tokenKey);
        LOG.info("Revoked the Google Drive sign-in ({})", tokenKey);
    }

    /** The stored refresh token: Drive keeps only that; access tokens are fetched when needed. */
    private Optional<String> refreshToken() {
        return store.get(tokenKey).map(OAuthTokens::refreshToken);
    }

    private OAuthTokens stored(String accessToken, String refreshToken) {
        return new OAuthTokens(accessToken, refreshToken, null, clientId, null);
    }

    private Credential newCredential() {
        return new Credential.Builder(BearerToken.authorizationHeaderAccessMethod()).setTransport(transport)
                .setRequestInitializer(httpSettings)
                .setJsonFactory(GsonFactory.getDefaultInstance()).setTokenServerEncodedUrl(endpoints.tokenUrl())
                .setClientAuthentication(new ClientParametersAuthentication(clientId, clientSecret))
                .addRefreshListener(new CredentialRefreshListener() {
                    @Override
                    public void onTokenResponse(Credential credential, TokenResponse response) {
                        // Google may rotate the refresh token; keep the newest so the next start still works.
                        if (response.getRefreshToken() != null) {
                            store.put(tokenKey, stored(response.getAccessToken(), response.getRefreshToken()));
                        }
                    }

                    @Override
                    public void onTokenErrorResponse(Credential credential, TokenErrorResponse response) {
                        LOG.warn("Google refused to renew the Drive sign-in: {}",
                                response == null ? "no details" : response.getError());
                    }
                }).build();
    }

    private static String randomUrlSafe(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
