package dev.lineup.ui.recovery;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Where publish problems meet the recovery wizard: a failed publish reports here (which opens the
 * wizard), the status bar shows the latest unresolved one and opens it again, the History screen opens
 * older ones. Holds no controls; the wizard window registers itself as the opener. UI thread only.
 */
public final class ProblemCenter {
    private final ObjectProperty<OpenProblem> latest = new SimpleObjectProperty<>();
    private Consumer<OpenProblem> opener = p -> { };
    private final java.util.List<Consumer<String>> onFixed = new java.util.ArrayList<>();
    private final java.util.List<Consumer<OpenProblem>> onCleared = new java.util.ArrayList<>();

    public void setOpener(Consumer<OpenProblem> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    /** A publish failed: remember it for the status bar and open the wizard. */
    public void report(OpenProblem p) {
        latest.set(p);
        opener.accept(p);
    }

    /** Opens the wizard for a problem without making it the status bar's. */
    public void open(OpenProblem p) {
        opener.accept(p);
    }

    /** Opens the wizard for the status bar's problem, if any. */
    public void reopenLatest() {
        if (latest.get() != null) {
            opener.accept(latest.get());
        }
    }

    /** Runs after each fix with what was done, e.g. so the Publish screen shows the new generation. */
    public void whenFixed(Consumer<String> r) {
        onFixed.add(r);
    }

    /** A problem is fixed (a publish went through, as {@code outcome} says): the status bar indicator goes away. */
    public void resolved(String outcome) {
        latest.set(null);
        onFixed.forEach(r -> r.accept(outcome));
    }

    /**
     * {@code p} no longer holds (the other computer's lock went away): the status bar indicator goes away if it
     * still shows {@code p}, and whoever shows the problem hears it is gone. Nothing was published.
     */
    public void noLongerHolds(OpenProblem p) {
        if (latest.get() == p) {
            latest.set(null);
            onCleared.forEach(c -> c.accept(p));
        }
    }

    /** Runs when a problem went away by itself ({@link #noLongerHolds}), e.g. so the Publish screen says so. */
    public void whenCleared(Consumer<OpenProblem> c) {
        onCleared.add(c);
    }

    public ObjectProperty<OpenProblem> latestProperty() {
        return latest;
    }
}
