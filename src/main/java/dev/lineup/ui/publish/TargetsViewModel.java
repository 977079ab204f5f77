package dev.lineup.ui.publish;

import dev.lineup.service.common.StandardProviders;
import dev.lineup.service.publish.TargetInfo;
import dev.lineup.service.publish.TargetService;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The targets on the Publish screen: add a local folder, Dropbox or Google Drive target, sign in (the
 * browser opens; the answer comes back on a loopback address while a background task waits), sign out
 * (the grant is revoked), remove. UI thread only.
 */
public final class TargetsViewModel {
    private final TargetService service;
    private final TaskExecutor tasks;
    private final PublishViewModel publish;
    private final ObservableList<TargetInfo> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TargetInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public TargetsViewModel(TargetService service, TaskExecutor tasks, PublishViewModel publish) {
        this.service = service;
        this.tasks = tasks;
        this.publish = publish;
        publish.alsoOnLoad(this::load);
    }

    public void load() {
        tasks.run("Loading targets", ctx -> service.list()).onSuccess(this::show).start();
    }

    /** {@code kind} is local, dropbox or gdrive; {@code clientId} the app key / client id (cloud only, may be blank). */
    public void add(String kind, String name, String folder, String clientId) {
        change("Adding target " + name, () -> service.add(new TargetService.TargetForm(name, kind, folder, clientId, null), false, null),
                "Added target \"" + name + "\"" + (StandardProviders.registry().get(kind).signsIn() ? "; sign in to use it." : "."));
    }

    /** The "Connect" flow for a cloud {@code kind}; the new target is listed and selected when it is added. */
    public ConnectViewModel connect(String kind) {
        return new ConnectViewModel(service, tasks, kind, StandardProviders.registry().get(kind).label(), added -> {
            message.set(Texts.get("connect.added", added));
            tasks.run("Loading targets", ctx -> service.list()).onSuccess(list -> {
                show(list);
                selected.set(list.stream().filter(t -> t.name().equals(added)).findFirst().orElse(null));
            }).start();
            publish.load(); // target choices and layouts' targets
        });
    }

    public void signIn(String name) {
        message.set("Finish signing in to \"" + name + "\" in your browser…");
        tasks.run("Signing in to " + name + " (finish in your browser)", ctx -> {
            service.signIn(name);
            return service.list();
        }).onSuccess(list -> {
            show(list);
            message.set(list.stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(t -> "Signed in: " + t.describe()).orElse("Signed in."));
        }).onError(Exception.class, e -> message.set("Sign-in to \"" + name + "\" did not finish: " + e.getMessage()))
                .start();
    }

    /** A target added with a bare token signs in again with a new one (there is no app to sign in to). */
    public void useToken(String name, String token) {
        change("Storing a new token for " + name, () -> service.useAccessToken(name, token),
                "Stored a new token for \"" + name + "\"; the next publish uses it.");
    }

    public void signOut(String name) {
        change("Signing out of " + name, () -> service.signOut(name), "Signed out of \"" + name + "\"; its grant was revoked.");
    }

    public void remove(String name) {
        change("Removing target " + name, () -> service.remove(name), "Removed target \"" + name + "\".");
    }

    @FunctionalInterface
    private interface Change {
        void run() throws Exception;
    }

    private void change(String task, Change change, String done) {
        tasks.run(task, ctx -> {
            change.run();
            return service.list();
        }).onSuccess(list -> {
            show(list);
            message.set(done);
            publish.load(); // target choices and layouts' targets
        }).onError(IllegalArgumentException.class, e -> message.set(e.getMessage())).start();
    }

    private void show(List<TargetInfo> list) {
        String keep = selected.get() == null ? null : selected.get().name();
        targets.setAll(list);
        selected.set(list.stream().filter(t -> t.name().equals(keep)).findFirst().orElse(null));
    }

    public ObservableList<TargetInfo> targets() { return targets; }
    public ObjectProperty<TargetInfo> selectedProperty() { return selected; }
    public StringProperty messageProperty() { return message; }
}
