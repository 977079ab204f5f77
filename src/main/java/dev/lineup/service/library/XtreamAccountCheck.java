package dev.lineup.service.library;

import dev.lineup.model.XtreamAccount;
import dev.lineup.source.Fetcher;
import dev.lineup.source.SourceFetchException;
import dev.lineup.source.XtreamClient;
import dev.lineup.source.XtreamLoginRefusedException;
import dev.lineup.task.Cancellation;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Logs in to an Xtream account ({@code player_api.php}) before the source is saved, so a wrong password or an
 * expired account is said at once, in a sentence, and not found by a later refresh.
 */
final class XtreamAccountCheck {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private XtreamAccountCheck() {
    }

    /** The account when it can be used; else {@link SourceNotSavedException} saying why. */
    static XtreamAccount require(Fetcher fetcher, String server, String username, String password, Clock clock) {
        XtreamAccount a;
        try {
            a = new XtreamClient(fetcher, server, username, password, Cancellation.none()).account();
        } catch (XtreamLoginRefusedException e) {
            throw new SourceNotSavedException("The server refused the user name or password. Check both (they are "
                    + "case-sensitive) and try again; the source was not saved.", e);
        } catch (SourceFetchException e) {
            throw new SourceNotSavedException("Lineup could not log in to the server (" + e.getMessage()
                    + "). Check the server address; the source was not saved.", e);
        } catch (IOException e) {
            throw new SourceNotSavedException("Lineup could not reach the server. Check the server address and "
                    + "your connection; the source was not saved.", e);
        }
        if (a.expiresAt() != null && a.expiresAt().isBefore(clock.instant())) {
            throw new SourceNotSavedException("This account expired on "
                    + DAY.format(a.expiresAt().atZone(ZoneId.systemDefault())) + ". The provider must renew it "
                    + "before Lineup can read it; the source was not saved.", null);
        }
        if (a.status() != null && !a.status().isBlank() && !a.status().equalsIgnoreCase("active")) {
            throw new SourceNotSavedException("The provider says this account is " + a.status().toLowerCase(Locale.ROOT)
                    + " (not active). Ask the provider to turn it on; the source was not saved.", null);
        }
        return a;
    }
}
