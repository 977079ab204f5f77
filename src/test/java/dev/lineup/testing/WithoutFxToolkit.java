package dev.lineup.testing;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For view-model tests: fails the test class if it starts the JavaFX toolkit. A view model that needed the
 * toolkit (a {@code Platform.runLater}, an animation) fails then, or throws "Toolkit not initialized" when
 * the class runs alone. When an earlier UI test in the same JVM already started the toolkit there is
 * nothing left to prove here: run the class alone ({@code -Dtest=...}) for the proof.
 */
public final class WithoutFxToolkit implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WithoutFxToolkit.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("runningBefore", running());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        boolean before = context.getStore(NS).get("runningBefore", Boolean.class);
        if (!before && running()) {
            throw new AssertionError(context.getDisplayName() + " started the JavaFX toolkit; its view models must not need it");
        }
    }

    /** True once any code started the toolkit: only then does {@code runLater} accept work. */
    public static boolean running() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }
}
