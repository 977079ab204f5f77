package dev.lineup.ui.common;

import dev.lineup.task.TaskContext;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The status bar's view model: which task runs, how far it is, and a log of finished tasks. Progress
 * is sampled from the running task every 100 ms on the UI thread while something runs. UI thread only.
 */
public final class TaskMonitor {
    public static final Duration TICK = Duration.millis(100);
    private final ObservableList<TaskContext> running = FXCollections.observableArrayList();
    private final ObservableList<TaskRecord> log = FXCollections.observableArrayList();
    private final StringProperty current = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Timeline tick = new Timeline(new KeyFrame(TICK, e -> sample()));

    public TaskMonitor() {
        tick.setCycleCount(Timeline.INDEFINITE);
    }

    void started(TaskContext ctx) {
        running.add(ctx);
        sample();
        if (running.size() == 1) {
            tick.play();
        }
    }

    void finished(TaskContext ctx, TaskRecord record) {
        running.remove(ctx);
        log.add(0, record);
        sample();
        if (running.isEmpty()) {
            tick.stop();
        }
    }

    /** Cancels the task the status bar shows. */
    public void cancelCurrent() {
        if (!running.isEmpty()) {
            running.get(0).cancel();
        }
    }

    private void sample() {
        busy.set(!running.isEmpty());
        if (running.isEmpty()) {
            current.set("");
            progress.set(0);
            return;
        }
        TaskContext c = running.get(0);
        current.set(running.size() > 1 ? c.name() + " (+" + (running.size() - 1) + " more)" : c.name());
        progress.set(c.fraction());
    }

    public ReadOnlyStringProperty currentProperty() {
        return current;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Finished tasks, newest first. */
    public ObservableList<TaskRecord> log() {
        return log;
    }
}
