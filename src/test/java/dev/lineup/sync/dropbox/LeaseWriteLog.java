package dev.lineup.sync.dropbox;

import dev.lineup.testing.fakes.dropbox.WriteRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the fake Dropbox's write log of one folder as the server saw it: who held
 * {@code lockfile.json} after every write, whether any output file was written by someone who did
 * not hold it at that moment, and every takeover (a lockfile write with a new lockId over a lockfile
 * that was still there) with how long the old holder had been silent and whether it had marked its
 * lease unfinished (a publish that stopped part-way, which others may take over at once).
 */
final class LeaseWriteLog {
    /**
     * A lockfile replaced while present: {@code silence} = time since the old holder's last lockfile write;
     * {@code fromUnfinished} = the old holder's last write marked its lease unfinished.
     */
    record Takeover(long seq, Instant at, String fromInstance, String toInstance, Duration silence,
                    boolean fromUnfinished) {
    }

    private final List<String> violations = new ArrayList<>();
    private final List<Takeover> takeovers = new ArrayList<>();
    private int acquisitions;
    private int outputWrites;

    /**
     * @param lockPath      e.g. {@code /RACE/lockfile.json}
     * @param ignoredPaths  coordination files any contender may write (the generation counter)
     * @param clientToInstance maps a write's User-Agent to the instance id that client writes leases as
     */
    LeaseWriteLog(List<WriteRecord> log, String lockPath, List<String> ignoredPaths,
                  java.util.function.Function<String, String> clientToInstance) {
        String holder = null;
        String lockId = null;
        Instant lastBeat = null;
        boolean unfinished = false;
        for (WriteRecord r : log) {
            if (r.path().equalsIgnoreCase(lockPath)) {
                if (r.op().equals("delete")) {
                    holder = null;
                    lockId = null;
                } else if (lockId == null) {
                    acquisitions++;
                    holder = r.ownerInstanceId();
                    lockId = r.lockId();
                    lastBeat = r.at();
                } else if (r.lockId().equals(lockId)) {
                    if (!r.ownerInstanceId().equals(holder)) {
                        violations.add("#" + r.seq() + " lock " + lockId + " rewritten under another owner");
                    }
                    lastBeat = r.at();
                } else {
                    acquisitions++;
                    takeovers.add(new Takeover(r.seq(), r.at(), holder, r.ownerInstanceId(),
                            Duration.between(lastBeat, r.at()), unfinished));
                    holder = r.ownerInstanceId();
                    lockId = r.lockId();
                    lastBeat = r.at();
                }
                unfinished = !r.op().equals("delete") && "unfinished".equals(r.leaseState());
            } else if (ignoredPaths.stream().noneMatch(p -> p.equalsIgnoreCase(r.path()))) {
                outputWrites++;
                String writer = clientToInstance.apply(r.client());
                if (holder == null || !holder.equals(writer)) {
                    violations.add("#" + r.seq() + " " + r.op() + " " + r.path() + " by " + writer + " while "
                            + (holder == null ? "nobody" : holder) + " held the lease");
                }
            }
        }
    }

    List<String> violations() {
        return violations;
    }

    List<Takeover> takeovers() {
        return takeovers;
    }

    int acquisitions() {
        return acquisitions;
    }

    int outputWrites() {
        return outputWrites;
    }
}
