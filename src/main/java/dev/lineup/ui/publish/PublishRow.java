package dev.lineup.ui.publish;

import dev.lineup.service.publish.LayoutPublishState;
import dev.lineup.ui.common.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One layout on the Publish screen: what was last published, and what happens to it now. UI thread only. */
public final class PublishRow {
    public static final String IDLE = "";
    public static final String QUEUED = Texts.get("publish.activity.queued");
    public static final String PUBLISHING = Texts.get("publish.activity.publishing");
    public static final String OUTPUTTING = Texts.get("publish.activity.outputting");
    /** Starts the activity while a file goes up, e.g. {@code uploading family.xml 45 %}. */
    static final String UPLOADING = Texts.get("publish.activity.uploading") + " ";
    private final String layout;
    private final ObjectProperty<LayoutPublishState> state;
    private final StringProperty activity = new SimpleStringProperty(IDLE);

    PublishRow(LayoutPublishState state) {
        this.layout = state.layout();
        this.state = new SimpleObjectProperty<>(state);
    }

    public String layout() {
        return layout;
    }

    public ObjectProperty<LayoutPublishState> stateProperty() {
        return state;
    }

    static String uploading(String file, int percent) {
        return UPLOADING + Texts.get("publish.activity.uploadingFile", file, percent);
    }

    /** "queued", "publishing…", "uploading NAME P %", the last outcome ("published generation 3", "failed: LeaseHeld"), or empty. */
    public StringProperty activityProperty() {
        return activity;
    }

    /** Whether a publish or output of this layout is running or waiting in the queue. */
    public boolean pending() {
        String a = activity.get();
        return a.equals(QUEUED) || a.equals(PUBLISHING) || a.equals(OUTPUTTING) || a.startsWith(UPLOADING);
    }
}
