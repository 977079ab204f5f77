package dev.lineup.cli;

import dev.lineup.sync.Lease;
import dev.lineup.sync.LeaseManager;
import dev.lineup.sync.LeaseOwner;
import dev.lineup.sync.RetryPacer;
import dev.lineup.sync.local.LocalFolderTarget;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another installation's process: holds the lease of a local folder, heartbeating, until killed, or with a
 * fourth argument for that many seconds, then releases it (prints RELEASED) and ends. Args: folder name ttl [seconds]
 */
public final class HoldLeaseMain {
    private HoldLeaseMain() {
    }

    public static void main(String[] args) throws Exception {
        LeaseManager m = new LeaseManager(new LocalFolderTarget(Path.of(args[0])), RetryPacer.standard(),
                LeaseOwner.current("office-id", args[1], "test"), Duration.ofSeconds(Long.parseLong(args[2])));
        Lease lease = m.acquire("publish layout 'Office'");
        lease.startHeartbeats();
        System.out.println("HELD");
        System.out.flush();
        if (args.length > 3) {
            Thread.sleep(Long.parseLong(args[3]) * 1000);
            lease.release();
            System.out.println("RELEASED");
            System.out.flush();
            System.exit(0);
        }
        Thread.sleep(600_000);
    }
}
