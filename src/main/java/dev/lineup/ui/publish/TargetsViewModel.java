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
        tasks.run(Texts.get("targets.task.load"), ctx -> service.list()).onSuccess(this::show).start();
    }

    /** {@code kind} is local, dropbox or gdrive; {@code clientId} the app key / client id (cloud only, may be blank). */
    public void add(String kind, String name, String folder, String clientId) {
        change(Texts.get("targets.task.add", name), () -> service.add(new TargetService.TargetForm(name, kind, folder, clientId, null), false, null),
                Texts.get(StandardProviders.registry().get(kind).signsIn() ? "targets.added.sign-in" : "targets.added", name));
    }

    /** The "Connect" flow for a cloud {@code kind}; the new target is listed and selected when it is added. */
    public ConnectViewModel connect(String kind) {
        return new ConnectViewModel(service, tasks, kind, StandardProviders.registry().get(kind).label(), added -> {
            message.set(Texts.get("connect.added", added));
            tasks.run(Texts.get("targets.task.load"), ctx -> service.list()).onSuccess(list -> {
                show(list);
                selected.set(list.stream().filter(t -> t.name().equals(added)).findFirst().orElse(null));
            }).start();
            publish.load(); // target choices and layouts' targets
        });
    }

    public void signIn(String name) {
        message.set(Texts.get("targets.signing-in", name));
        tasks.run(Texts.get("targets.task.sign-in", name), ctx -> {
            service.signIn(name);
            return service.list();
        }).onSuccess(list -> {
            show(list);
            message.set(list.stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(t -> Texts.get("targets.signed-in.as", t.describe())).orElse(Texts.get("targets.signed-in")));
        }).onError(Exception.class, e -> message.set(Texts.get("targets.sign-in.failed", name, e.getMessage())))
                .start();
    }

    /** A target added with a bare token signs in again with a new one (there is no app to sign in to). */
    public void useToken(String name, String token) {
        change(Texts.get("targets.task.token", name), () -> service.useAccessToken(name, token),
                Texts.get("targets.token.stored", name));
    }

    public void signOut(String name) {
        change(Texts.get("targets.task.sign-out", name), () -> service.signOut(name), Texts.get("targets.signed-out", name));
    }

    public void remove(String name) {
        change(Texts.get("targets.task.remove", name), () -> service.remove(name), Texts.get("targets.removed", name));
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
