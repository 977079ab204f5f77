package dev.lineup.service.common;

import java.util.concurrent.locks.ReentrantLock;

/**
 * One refresh or scheduled run at a time inside the desktop app: a manual refresh waits for a running
 * one; the in-app scheduler skips its turn when anything holds the gate, so runs never overlap.
 */
public final class RunGate {
    private final ReentrantLock lock = new ReentrantLock(true);

    /** Waits for the gate; release with {@link #exit()}. */
    public void enter() {
        lock.lock();
    }

    /** Takes the gate if free; false (and nothing held) otherwise. */
    public boolean tryEnter() {
        return lock.tryLock();
    }

    public void exit() {
        lock.unlock();
    }

    public boolean busy() {
        return lock.isLocked();
    }
}
