package dev.lineup.ui.common;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The app's one ticking "now": screens bind their relative ages ("3 min ago") to {@link #nowProperty()}, which
 * moves on once a second, so every age on every screen ticks from a single timer instead of one per cell.
 * The time comes from a {@link Clock}: the system clock in the app, a clock a test or the screenshot tour sets.
 * UI thread only.
 */
public final class LiveClock {
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> update()));
    private Clock source;

    public LiveClock(Clock source) {
        this.source = source;
        now.set(source.instant());
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    /** Now, as of the last tick. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    /** Reads time from {@code clock} from now on (tests, the screenshot tour), and shows it at once. */
    public void use(Clock clock) {
        source = clock;
        update();
    }

    /** Stops the ticking (the window closed): a running timeline would keep the window's screens alive. */
    public void stop() {
        tick.stop();
    }

    private void update() {
        now.set(source.instant());
    }
}
