package dev.lineup.ui;

import dev.lineup.files.IoThreadGuard;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every UI test runs with {@link IoThreadGuard} set to throw when database, network or file work starts
 * on the FX thread. The throw alone may be swallowed (an FX event handler's exception only reaches the
 * uncaught-exception handler, a task's error goes to the error window), so each violation is also
 * recorded and fails the test that caused it. Arrangement done in {@code @Start} must go through
 * {@link UiFixture#offFx}: it is the test's setup, not the screen's work.
 */
public final class FxIoGuard implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final List<Throwable> VIOLATIONS = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        VIOLATIONS.clear();
        IoThreadGuard.install(() -> {
            if (!Platform.isFxApplicationThread()) {
                return false;
            }
            VIOLATIONS.add(new Throwable("I/O started on " + Thread.currentThread().getName()));
            return true;
        }, IoThreadGuard.Policy.THROW);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!VIOLATIONS.isEmpty()) {
            AssertionError e = new AssertionError(VIOLATIONS.size() + " I/O call(s) on the FX thread; the first:",
                    VIOLATIONS.get(0));
            VIOLATIONS.clear();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        IoThreadGuard.uninstall();
    }
}
