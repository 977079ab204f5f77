package dev.lineup.service.common;

/**
 * What a long service call reports and checks while it runs. Implementations must be cheap and
 * thread-safe: services call them once per item from a background thread.
 */
public interface TaskProgress {
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code total} is negative when unknown. */
    void progress(long done, long total);

    /** True once the user asked to stop; the service then throws {@link TaskCancelledException}. */
    boolean cancelled();

    default void checkCancelled() {
        if (cancelled()) {
            throw new TaskCancelledException();
        }
    }
}
