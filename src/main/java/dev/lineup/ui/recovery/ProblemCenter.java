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

    public ObjectProperty<OpenProblem> latestProperty() {
        return latest;
    }
}
