package dev.lineup.testing.fakes.dropbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Armed faults, each with its remaining count; the first one matching a request path fires. */
final class FakeFaults {
    private static final class Armed {
        final Fault fault;
        int remaining;

        Armed(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    private final List<Armed> armed = new ArrayList<>();

    synchronized void add(Fault fault) {
        armed.add(new Armed(fault));
    }

    synchronized void clear() {
        armed.clear();
    }

    synchronized Fault take(String path, String arg) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed a = it.next();
            if (a.fault.matches(path, arg)) {
                if (--a.remaining <= 0) {
                    it.remove();
                }
                return a.fault;
            }
        }
        return null;
    }

    synchronized int pending() {
        return armed.stream().mapToInt(a -> a.remaining).sum();
    }
}
