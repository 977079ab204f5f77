package dev.lineup.sync;

import dev.lineup.sync.dropbox.DropboxConfig;
import dev.lineup.sync.dropbox.DropboxTarget;
import dev.lineup.sync.gdrive.DriveAuth;
import dev.lineup.sync.gdrive.DriveEndpoints;
import dev.lineup.sync.gdrive.DriveTarget;
import dev.lineup.sync.gdrive.DriveTargetConfig;
import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.gdrive.DriveStore;
import dev.lineup.testing.fakes.gdrive.FakeDrive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One shared cloud folder on a local fake, for scenario tests: each installation gets its own account
 * and token; edits "by hand" come from yet another account; the fake's own write log says who committed
 * what. {@link #dropbox()} is a shared Dropbox folder; {@link #driveWithListingLag()} a Drive folder whose
 * listings lag 1–3 s behind writes, with a settle time longer than that.
 */
abstract class SharedCloud implements AutoCloseable {
    static final String FOLDER = "Lineup";

    /** A target for {@code installation}, signed in with its own token. */
    abstract PublishTarget target(String installation);

    /** Writes {@code file} as {@code person} from outside Lineup. */
    abstract void handEdit(String file, String content, String person);

    abstract Optional<String> content(String file);

    /** Names of files {@code installation} created or overwrote at or after {@code since} (fake's clock). */
    abstract List<String> commitsBy(String installation, Instant since);

    static SharedCloud of(String kind) throws IOException {
        return kind.equals("dropbox") ? dropbox() : driveWithListingLag();
    }

    static SharedCloud dropbox() throws IOException {
        FakeDropbox fake = FakeDropbox.start();
        fake.shareFolder("/" + FOLDER);
        return new SharedCloud() {
            @Override
            PublishTarget target(String installation) {
                TokenStore tokens = TokenStore.inMemory();
                tokens.put("shared", OAuthTokens.accessOnly(fake.newAccessToken(installation)));
                return new DropboxTarget(DropboxConfig.of("shared", "/" + FOLDER).withApiBaseUrl(fake.baseUrl())
                        .withClientIdentifier("Lineup/" + installation), tokens);
            }

            @Override
            void handEdit(String file, String content, String person) {
                fake.putFile("/" + FOLDER + "/" + file, content.getBytes(StandardCharsets.UTF_8), person);
            }

            @Override
            Optional<String> content(String file) {
                return fake.content("/" + FOLDER + "/" + file).map(b -> new String(b, StandardCharsets.UTF_8));
            }

            @Override
            List<String> commitsBy(String installation, Instant since) {
                String account = fake.accountId(installation);
                return fake.writeLog().stream().filter(w -> w.accountId().equals(account) && w.op().equals("write")
                        && !w.at().isBefore(since)).map(w -> w.path().substring(w.path().lastIndexOf('/') + 1)).toList();
            }

            @Override
            public void close() {
                fake.close();
            }
        };
    }

    static SharedCloud driveWithListingLag() throws IOException {
        FakeDrive fake = FakeDrive.start();
        fake.setListingLag(Duration.ofSeconds(1), Duration.ofSeconds(3));
        return new SharedCloud() {
            @Override
            PublishTarget target(String installation) {
                String token = "token-" + installation;
                fake.oauth().registerAccessToken(token, account(installation));
                return new DriveTarget(DriveTargetConfig.of(DriveEndpoints.at(fake.rootUrl()), FOLDER)
                        .withSettle(Duration.ofMillis(3500)), DriveAuth.fromAccessToken(token));
            }

            @Override
            void handEdit(String file, String content, String person) {
                DriveStore.FakeFile f = fake.file(FOLDER, file).orElseThrow();
                fake.store().update(f.id(), null, content.getBytes(StandardCharsets.UTF_8), account(person));
            }

            @Override
            Optional<String> content(String file) {
                return fake.file(FOLDER, file).map(f -> new String(f.content(), StandardCharsets.UTF_8));
            }

            @Override
            List<String> commitsBy(String installation, Instant since) {
                String email = account(installation).email();
                return fake.store().writeLog().stream().filter(e -> email.equals(e.account())
                        && (e.op().equals("create") || e.op().equals("update")) && !e.at().isBefore(since))
                        .map(DriveStore.WriteEvent::name).toList();
            }

            @Override
            public void close() {
                fake.close();
            }

            private DriveStore.Account account(String name) {
                return new DriveStore.Account(name, name.replace(' ', '.') + "@example.com");
            }
        };
    }

    @Override
    public abstract void close();
}
