package dev.lineup.ui.common;

import dev.lineup.task.TaskOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the error window shows: a title, the message in words, and the full details to copy into a report. */
public final class ErrorViewModel {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");

    public void set(String title, Throwable error) {
        this.title.set(title);
        message.set(TaskOutcome.message(error));
        StringWriter w = new StringWriter();
        error.printStackTrace(new PrintWriter(w));
        details.set(w.toString());
    }

    /** Everything a bug report needs, as copied to the clipboard. */
    public String copyText() {
        return title.get() + "\n" + message.get() + "\n\n" + details.get();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty detailsProperty() {
        return details;
    }
}
