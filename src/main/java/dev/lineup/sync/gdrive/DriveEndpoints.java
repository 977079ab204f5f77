package dev.lineup.sync.gdrive;

import java.util.Map;

/**
 * Where Drive and Google's OAuth live. {@link #google()} for the real service; {@link #at(String)} moves
 * everything under one root (a local fake): metadata {@code ROOT/drive/v3}, uploads
 * {@code ROOT/upload/drive/v3}, consent {@code ROOT/auth}, tokens {@code ROOT/token}, revocation
 * {@code ROOT/revoke} and public downloads {@code ROOT/uc}.
 */
public record DriveEndpoints(String rootUrl, String authorizationUrl, String tokenUrl, String revokeUrl,
                             String shareBaseUrl) {
    public static final String ROOT_URL_ENV = "LINEUP_GDRIVE_ROOT_URL";

    public static DriveEndpoints google() {
        return new DriveEndpoints("https://www.googleapis.com/", "https://accounts.google.com/o/oauth2/v2/auth",
                "https://oauth2.googleapis.com/token", "https://oauth2.googleapis.com/revoke",
                "https://drive.google.com/");
    }

    public static DriveEndpoints at(String root) {
        String r = root.endsWith("/") ? root : root + "/";
        return new DriveEndpoints(r, r + "auth", r + "token", r + "revoke", r);
    }

    /** {@link #at} the value of {@code LINEUP_GDRIVE_ROOT_URL} when set, else {@link #google()}. */
    public static DriveEndpoints fromEnvironment(Map<String, String> env) {
        String root = env.get(ROOT_URL_ENV);
        return root == null || root.isBlank() ? google() : at(root.trim());
    }
}
