package dev.lineup.ui.mainwindow;

import dev.lineup.service.publish.PublishService;
import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.SyncException;
import java.time.Duration;

/**
 * Screenshot tour only ({@code -Dlineup.screenshots}): plays "Office PC", another installation holding
 * the lease of a target's folder, so the recovery wizard can be photographed showing a real LeaseHeld
 * met by a real publish. It takes the lease through the real lease protocol under another owner and
 * another host name (so it is live, not stale) and releases it when the tour is done with it.
 */
final class SimulatedOtherInstallation implements AutoCloseable {
    private final PublishTarget target;
    private final Lease lease;

    SimulatedOtherInstallation(PublishService publishing, String targetName) throws SyncException {
        this.target = publishing.openTarget(targetName);
        LeaseOwner office = new LeaseOwner("screenshot-tour-office-pc", "Office PC", "office-pc", "sam", 4242, "1.0");
        this.lease = new LeaseManager(target, RetryPacer.standard(), office, Duration.ofMinutes(5))
                .acquire("publish layout 'Family'");
    }

    @Override
    public void close() {
        try {
            lease.release();
        } catch (SyncException e) {
            // The tour is ending anyway; a left-over lock in a temporary folder harms nobody.
        } finally {
            target.close();
        }
    }
}
