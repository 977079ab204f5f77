package dev.lineup.files;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes "the UI thread never waits on I/O" checkable: database calls and the starts of network and file
 * work call {@link #check}, which complains when it runs on a thread that must stay responsive. The engine
 * knows no JavaFX, so the desktop app installs the test ({@code Platform::isFxApplicationThread}) with
 * {@link Policy#LOG} (a user never loses the app over it), and the UI tests install it with
 * {@link Policy#THROW} so a screen that does I/O on the FX thread fails its test. Headless runs install
 * nothing: then no thread is forbidden.
 */
public final class IoThreadGuard {
    /** In a holder: logging is set up only when there is something to log (a plain render has nothing). */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(IoThreadGuard.class);
    }

    public enum Policy { THROW, LOG }

    /** One immutable setting, swapped atomically, so a check never sees a supplier without its policy. */
    private record Rule(BooleanSupplier forbidden, Policy policy) { }

    private static volatile Rule rule = new Rule(() -> false, Policy.LOG);
    /** Call sites already logged: a busy screen must not flood the log with one warning per row. */
    private static final Set<StackTraceElement> LOGGED = ConcurrentHashMap.newKeySet();

    private IoThreadGuard() {
    }

    public static void install(BooleanSupplier forbidden, Policy policy) {
        rule = new Rule(forbidden, policy);
    }

    /** Forbids no thread any more (end of a UI test class). */
    public static void uninstall() {
        rule = new Rule(() -> false, Policy.LOG);
    }

    /** Throws {@link IllegalStateException} or logs once per call site when {@code what} runs on a forbidden thread. */
    public static void check(String what) {
        Rule r = rule;
        if (!r.forbidden().getAsBoolean()) {
            return;
        }
        String message = what + " work on " + Thread.currentThread().getName() + ", which must not block on I/O";
        if (r.policy() == Policy.THROW) {
            throw new IllegalStateException(message);
        }
        StackTraceElement site = firstAppFrame(new Throwable().getStackTrace());
        if (LOGGED.add(site)) {
            Log.LOG.warn("{} (called from {})", message, site, new Throwable("call stack"));
        }
    }

    /** The screen's frame that asked for the work (what to fix); else the guarded call's caller. */
    private static StackTraceElement firstAppFrame(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("dev.lineup.ui.")) {
                return e;
            }
        }
        return stack[Math.min(2, stack.length - 1)];
    }
}
