package dev.lineup.sync;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a publish tells whoever watches it, besides how far it got (that goes through
 * {@link dev.lineup.task.Progress}: phase {@link Publisher#UPLOAD_PHASE}, bytes of the file named by the last
 * {@link Uploading}). Delivered from the publishing thread to a {@code Consumer<PublishEvent>}.
 */
public sealed interface PublishEvent {
    /** Nobody listens. */
    Consumer<PublishEvent> IGNORED = e -> { };

    /** The lease is ours; {@code takeoverNote} (may be null) says whose stale or unfinished lease it replaced. */
    record LeaseAcquired(LeaseInfo lease, String takeoverNote) implements PublishEvent { }

    /** {@code name} ({@code size} bytes) starts going up; its bytes follow as progress. */
    record Uploading(String name, long size) implements PublishEvent { }

    /** One file is in place (uploaded, or found unchanged) with its share link. */
    record FileDone(PublishReport.FileResult result) implements PublishEvent { }

    /** Everything is written; the lease is about to be released. */
    record Published(long generation) implements PublishEvent { }

    /**
     * A remote call met a problem that is retried by itself (a rate limit, the network); the next try is in
     * {@code delay}. For a countdown: nothing for the user to do yet.
     */
    record Retrying(String what, SyncException cause, Duration delay) implements PublishEvent { }
}
