package dev.lineup.ui.publish;

import dev.lineup.service.publish.CloudConnect;
import dev.lineup.service.publish.TargetService;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.task.TaskContext;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Connect Dropbox / Google Drive" flow of the Publish screen. With a key built into Lineup it signs in
 * at once (one click: the browser opens, the dialog waits and can be cancelled); without one it explains how
 * to create one's own app and checks the key by signing in with it; or it takes a pasted access token. Then
 * it asks only the target's name and folder, with defaults. Nothing is stored until the last step, and a
 * failed or cancelled sign-in adds nothing. UI thread only.
 */
public final class ConnectViewModel {
    /** The dialog's pages. */
    public enum Step {
        /** Looking up what this build carries. */
        LOADING,
        /** A built-in key: "Sign in" (shown again after a cancelled or failed sign-in). */
        START,
        /** No built-in key: how to create one's own app, and its key. */
        OWN_APP,
        /** The advanced path: an access token from the provider's console. */
        TOKEN,
        /** The browser is open; waiting for the provider's answer. */
        SIGNING_IN,
        /** Signed in: name the target and its folder. */
        PLACE
    }

    private final TargetService targets;
    private final TaskExecutor tasks;
    private final Consumer<String> onAdded;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.LOADING);
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final ObjectProperty<CloudConnect.AppSetup> setup = new SimpleObjectProperty<>();
    private CloudConnect connect;
    private final String kind;
    private final String label;
    private String builtInKey;
    private Step signInFrom = Step.START;
    private TaskContext running;
    private CloudConnect.SignedIn signedIn;

    /**
     * The flow for {@code kind} (dropbox, gdrive) whose name for people is {@code label}; {@code onAdded} gets
     * the new target's name once it is stored.
     */
    public ConnectViewModel(TargetService targets, TaskExecutor tasks, String kind, String label,
                            Consumer<String> onAdded) {
        this.targets = targets;
        this.tasks = tasks;
        this.kind = kind;
        this.label = label;
        this.onAdded = onAdded;
    }

    private record Start(Optional<String> builtInKey, CloudConnect.AppSetup setup, String name, String folder) {
    }

    /** Opens the flow: signs in at once with a built-in key, else shows how to create one's own app. */
    public void start() {
        this.connect = targets.connect();
        step.set(Step.LOADING);
        tasks.run(Texts.get("connect.task.prepare", label), ctx -> new Start(connect.builtInKey(kind),
                connect.appSetup(kind), connect.suggestedName(kind), connect.suggestedFolder(kind)))
                .onSuccess(s -> {
                    setup.set(s.setup());
                    name.set(s.name());
                    folder.set(s.folder());
                    builtInKey = s.builtInKey().orElse(null);
                    if (builtInKey != null) {
                        signInFrom = Step.START;
                        signIn(builtInKey);
                    } else {
                        step.set(Step.OWN_APP);
                    }
                }).start();
    }

    /** "Sign in" again with the built-in key (after a cancel or a refusal). */
    public void signInAgain() {
        if (builtInKey != null) {
            signIn(builtInKey);
        }
    }

    /** "Check": signs in with the key the user entered; that is the only proof a key works. */
    public void check() {
        if (key.get() == null || key.get().isBlank()) {
            message.set(Texts.get("connect.error.noKey", setup.get().keyName()));
            return;
        }
        signInFrom = Step.OWN_APP;
        signIn(key.get().strip());
    }

    private void signIn(String clientId) {
        message.set("");
        step.set(Step.SIGNING_IN);
        busy.set(true);
        running = tasks.run(Texts.get("connect.task.signIn", label), ctx -> connect.signIn(kind, clientId,
                ctx.cancellation()))
                .onSuccess(s -> {
                    busy.set(false);
                    signedIn = s;
                    message.set(Texts.get("connect.signedIn", label));
                    step.set(Step.PLACE);
                })
                .onCancelled(() -> back(Texts.get("connect.cancelled")))
                .onError(SyncException.class, e -> back(refusal(e)))
                .onError(RuntimeException.class, e -> back(Texts.get("connect.error.other", label, e.getMessage())))
                .start();
    }

    private void back(String why) {
        busy.set(false);
        running = null;
        step.set(signInFrom);
        message.set(why);
    }

    /** A sign-in problem as a sentence: what happened and what to do. */
    private String refusal(SyncException e) {
        String text = String.valueOf(e.getMessage());
        if (e.kind() == ProblemKind.FORBIDDEN && text.contains("not granted")) {
            return Texts.get("connect.error.denied", label);
        }
        if (e.kind() == ProblemKind.AUTH_EXPIRED && text.contains("no answer from the browser")) {
            return Texts.get("connect.error.timeout", label);
        }
        if (e.kind() == ProblemKind.UNREACHABLE) {
            return Texts.get("connect.error.unreachable", label);
        }
        return Texts.get("connect.error.refused", label, setup.get() == null ? "key" : setup.get().keyName());
    }

    /** Stops waiting for the browser; nothing is stored. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Opens the provider's app console (where one's own app is created) in the browser. */
    public void openConsole() {
        CloudConnect c = connect;
        tasks.run(Texts.get("connect.task.console", label), ctx -> {
            c.openConsole(kind);
            return null;
        }).start();
    }

    /** "Paste an access token instead". */
    public void useToken() {
        message.set("");
        step.set(Step.TOKEN);
    }

    /** Back from the token page to the way the flow started. */
    public void backFromToken() {
        message.set("");
        step.set(signInFrom);
    }

    /** "Add target": stores the signed-in target (or the pasted token's) under the name and folder given. */
    public void finish() {
        String n = name.get() == null ? "" : name.get().strip();
        String f = folder.get();
        boolean withToken = step.get() == Step.TOKEN;
        String t = token.get();
        CloudConnect.SignedIn s = signedIn;
        busy.set(true);
        tasks.run(Texts.get("connect.task.add", n), ctx -> {
            if (withToken) {
                connect.addWithToken(kind, n, f, t);
            } else {
                connect.add(s, n, f);
            }
            return n;
        }).onSuccess(added -> {
            busy.set(false);
            done.set(true);
            onAdded.accept(added);
        }).onError(IllegalArgumentException.class, e -> {
            busy.set(false);
            message.set(Texts.get("connect.error.form", e.getMessage()));
        }).start();
    }

    public ObjectProperty<Step> stepProperty() { return step; }
    public StringProperty keyProperty() { return key; }
    public StringProperty tokenProperty() { return token; }
    public StringProperty nameProperty() { return name; }
    public StringProperty folderProperty() { return folder; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    /** True once the target is stored: the dialog closes. */
    public BooleanProperty doneProperty() { return done; }
    public ObjectProperty<CloudConnect.AppSetup> setupProperty() { return setup; }
    public String label() { return label; }
    public String kind() { return kind; }
}
