package dev.lineup.sync.gdrive;

import dev.lineup.sync.OAuthTokens;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.Provider;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.TargetPlace;
import java.time.Duration;
import java.util.Optional;
import java.net.URI;

/** Google Drive: a folder is a plain name in My Drive; signs in with an OAuth client id. */
public final class DriveProvider implements Provider {
    @Override
    public String kind() {
        return "gdrive";
    }

    @Override
    public String label() {
        return "Google Drive";
    }

    @Override
    public boolean signsIn() {
        return true;
    }

    @Override
    public String clientIdName() {
        return "client id";
    }

    @Override
    public String clientIdOption() {
        return "--client-id";
    }

    @Override
    public URI appConsole() {
        return URI.create("https://console.cloud.google.com/apis/credentials");
    }

    @Override
    public java.util.List<String> permissions() {
        return java.util.List.of(DriveAuth.SCOPE);
    }

    @Override
    public String folderPrompt() {
        return "Drive folder name";
    }

    @Override
    public String checkFolder(String folder) {
        String f = folder == null ? "" : folder.strip();
        if (f.isEmpty() || f.contains("/")) {
            throw new IllegalArgumentException("a Google Drive folder is a plain name without '/', not \"" + f + "\"");
        }
        return f;
    }

    @Override
    public URI page(String folder) {
        return URI.create("https://drive.google.com/drive/my-drive");
    }

    @Override
    public PublishTarget open(TargetPlace place) throws SyncException {
        DriveTargetConfig config = DriveTargetConfig.of(endpoints(place), place.folder())
                .withSettle(DriveTargetConfig.settleFrom(place.env().apply(DriveTargetConfig.SETTLE_ENV).orElse(null)))
                .withHttp(place.http());
        DriveAuth auth = place.clientId() == null ? null
                : new DriveAuth(config.endpoints(), place.clientId(), null, place.tokens(), place.name(),
                        place.http());
        Optional<OAuthTokens> stored = place.tokens().get(place.name());
        if (stored.isEmpty()) {
            throw new SyncException(ProblemKind.REVOKED, "Google Drive target '" + place.name()
                    + "' is not signed in (no token is stored); sign it in again");
        }
        return DriveAuth.openTarget(config, auth, stored.get(), place.browser());
    }

    @Override
    public void signIn(TargetPlace place, Duration timeout) throws SyncException {
        new DriveAuth(endpoints(place), place.clientId(), null, place.tokens(), place.name(), place.http())
                .signIn(place.browser(), timeout);
    }

    /** A target added with a bare token has no client id to revoke with: its tokens are only forgotten. */
    @Override
    public void revoke(TargetPlace place) throws SyncException {
        if (place.clientId() != null) {
            new DriveAuth(endpoints(place), place.clientId(), null, place.tokens(), place.name(), place.http()).revoke();
        }
    }

    /** Drive at {@code LINEUP_GDRIVE_ROOT_URL} (a fake, in tests and demos) or the stored base URL, else Google. */
    private static DriveEndpoints endpoints(TargetPlace place) {
        return place.baseUrl(DriveEndpoints.ROOT_URL_ENV).map(DriveEndpoints::at).orElseGet(DriveEndpoints::google);
    }
}
