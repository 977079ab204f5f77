package dev.lineup.service.publish;

import dev.lineup.model.Installation;
import dev.lineup.service.common.AppInfo;
import dev.lineup.service.common.Durations;
import dev.lineup.store.Settings;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.PublishTarget;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.SyncException;
import java.time.Duration;

/**
 * A target opened by name for one piece of work (a publish, a mirror download, a lock command, the
 * recovery wizard). It owns the one {@link RetryPacer} that its uploads, downloads and lease heartbeats
 * share, so a provider that pushes back slows all of them together rather than each on its own.
 * Closing it closes the target.
 */
final class OpenTarget implements AutoCloseable {
    private final PublishService service;
    private final PublishTarget target;
    private final RetryPacer pacer;
    private LeaseManager leases; // made when first needed: a mirror download never takes the lease

    private OpenTarget(PublishService service, PublishTarget target, RetryPacer pacer) {
        this.service = service;
        this.target = target;
        this.pacer = pacer;
    }

    /** Opens {@code targetName}; {@code listener} (may be null) hears every wait of the shared pacer. */
    static OpenTarget open(PublishService service, String targetName, RetryPacer.Listener listener) throws SyncException {
        RetryPacer pacer = RetryPacer.standard().withRateLimitBudget(rateLimitWait(service));
        if (listener != null) {
            pacer = pacer.withListener(listener);
        }
        return new OpenTarget(service, service.openTarget(targetName), pacer);
    }

    PublishTarget target() {
        return target;
    }

    RetryPacer pacer() {
        return pacer;
    }

    /** The lease manager over this target, with this installation as owner and {@code lease.ttl-seconds}. */
    synchronized LeaseManager leases() {
        if (leases == null) {
            Installation inst = service.installation();
            LeaseOwner me = LeaseOwner.current(inst.id(), inst.name(), AppInfo.version());
            leases = new LeaseManager(target, pacer, me,
                    Duration.ofSeconds(Math.max(1, service.store().settings().getInt(Settings.LEASE_TTL))));
        }
        return leases;
    }

    @Override
    public void close() {
        target.close();
    }

    /** {@code publish.rate-limit-wait}; an unreadable value counts as the default. */
    private static Duration rateLimitWait(PublishService service) {
        try {
            return Durations.parse(service.store().settings().get(Settings.RATE_LIMIT_WAIT).orElse("5m"));
        } catch (IllegalArgumentException e) {
            return RetryPacer.RATE_LIMIT_BUDGET;
        }
    }
}
