package dev.lineup.testing.fakes.gdrive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Drive's file listing is eventually consistent: {@code files.list} may show a folder as it was a moment
 * ago, while {@code files.get} by id is always current. With a lag set, each change reaches listings only
 * after a random delay between {@code min} and {@code max} (never out of order for one file). Guarded by
 * the owning {@link DriveStore}'s lock.
 */
final class ListingLag {
    private record Pending(long visibleAtNanos, String id, DriveStore.FakeFile file) {
    }

    private final Map<String, DriveStore.FakeFile> listed = new LinkedHashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Long> lastVisible = new HashMap<>();
    private final Random random = new Random(20261206L);
    private long minNanos;
    private long maxNanos;

    boolean on() {
        return maxNanos > 0;
    }

    /** Starts lagging from the store's current state ({@code min} = {@code max} = 0 turns it off). */
    void set(Duration min, Duration max, Map<String, DriveStore.FakeFile> current) {
        minNanos = min.toNanos();
        maxNanos = Math.max(minNanos, max.toNanos());
        listed.clear();
        listed.putAll(current);
        pending.clear();
        lastVisible.clear();
    }

    /** A file changed ({@code file} null: deleted); listings see it after the lag. */
    void changed(String id, DriveStore.FakeFile file) {
        if (!on()) {
            return;
        }
        long delay = minNanos + (maxNanos > minNanos ? (long) (random.nextDouble() * (maxNanos - minNanos)) : 0);
        long at = Math.max(System.nanoTime() + delay, lastVisible.getOrDefault(id, Long.MIN_VALUE));
        lastVisible.put(id, at);
        pending.add(new Pending(at, id, file));
    }

    List<DriveStore.FakeFile> query(Predicate<DriveStore.FakeFile> filter) {
        long now = System.nanoTime();
        pending.sort(Comparator.comparingLong(Pending::visibleAtNanos));
        for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.visibleAtNanos() > now) {
                break;
            }
            if (p.file() == null) {
                listed.remove(p.id());
            } else {
                listed.put(p.id(), p.file());
            }
            it.remove();
        }
        return listed.values().stream().filter(filter)
                .sorted(Comparator.comparing(DriveStore.FakeFile::created).thenComparing(DriveStore.FakeFile::id))
                .toList();
    }
}
