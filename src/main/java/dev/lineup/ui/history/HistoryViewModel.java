package dev.lineup.ui.history;

import dev.lineup.app.PublishRecord;
import dev.lineup.app.PublishOverview;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.common.TaskRecord;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The History screen: past publishes (from the publish service) and this session's tasks and their outcomes. */
public final class HistoryViewModel {
    private final PublishOverview publish;
    private final TaskMonitor monitor;
    private final ObservableList<PublishRecord> publishes = FXCollections.observableArrayList();

    public HistoryViewModel(PublishOverview publish, TaskMonitor monitor) {
        this.publish = publish;
        this.monitor = monitor;
    }

    public void load() {
        publishes.setAll(publish.history());
    }

    public ObservableList<PublishRecord> publishes() {
        return publishes;
    }

    public ObservableList<TaskRecord> tasks() {
        return monitor.log();
    }

    /** Why the publish history is empty when publishing is not possible in this build; else empty. */
    public String publishNotice() {
        return publish.unavailableReason().map(r -> "No publishes yet: " + r).orElse("");
    }
}
