package dev.lineup.service.workspace;

import java.nio.file.Path;
import java.time.Duration;

/** Child process of {@link InstanceLockTest}: owns a data directory until killed. */
public final class HoldLockMain {
    private HoldLockMain() {
    }

    @SuppressWarnings("try") // the lock is held by the try block itself
    public static void main(String[] args) throws Exception {
        try (InstanceLock lock = InstanceLock.acquire(Path.of(args[0]), Duration.ofSeconds(5))) {
            System.out.println("LOCKED");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
