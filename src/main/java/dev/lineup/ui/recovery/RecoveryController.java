package dev.lineup.ui.recovery;

import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Words;
import dev.lineup.model.Role;
import dev.lineup.service.publish.RecoverySession;
import dev.lineup.sync.RecoveryAction;
import dev.lineup.ui.common.Dialogs;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The recovery wizard's view: binds to {@link RecoveryViewModel}; asks before a dangerous fix. */
public final class RecoveryController {
    private final RecoveryViewModel vm;
    private final Dialogs dialogs;
    @FXML private Label title;
    @FXML private Label summary;
    @FXML private GridPane facts;
    @FXML private VBox actions;
    @FXML private Label outcome;
    @FXML private Label countdown;
    @FXML private Button retry;
    @FXML private Button close;
    @FXML private Label factsTitle;
    @FXML private Label waysTitle;
    @FXML private javafx.scene.control.ScrollPane waysPane;
    @FXML private javafx.scene.layout.Region spacer;

    public RecoveryController(RecoveryViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        summary.textProperty().bind(vm.summaryProperty());
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.visibleProperty().bind(vm.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        countdown.textProperty().bind(vm.countdownProperty());
        countdown.visibleProperty().bind(vm.countdownProperty().isNotEmpty());
        countdown.managedProperty().bind(countdown.visibleProperty());
        // Once published: a green success state with what was published, no problem headings over empty lists.
        javafx.beans.binding.BooleanBinding open = vm.resolvedProperty().not();
        for (javafx.scene.Node n : new javafx.scene.Node[] {factsTitle, facts, waysTitle, waysPane}) {
            n.visibleProperty().bind(open);
            n.managedProperty().bind(open);
        }
        spacer.managedProperty().bind(vm.resolvedProperty());
        vm.resolvedProperty().addListener((o, was, solved) -> {
            title.getStyleClass().remove("success-title");
            outcome.getStyleClass().removeAll("success", "notice");
            if (solved) {
                title.getStyleClass().add("success-title");
                outcome.getStyleClass().add("success");
            } else {
                outcome.getStyleClass().add("notice");
            }
        });
        retry.disableProperty().bind(vm.runningProperty().or(vm.canRetryProperty().not()).or(vm.resolvedProperty()));
        retry.setOnAction(e -> vm.retryPublish());
        close.setOnAction(e -> close.getScene().getWindow().hide());
        vm.facts().addListener((ListChangeListener<ProblemFacts.Fact>) c -> showFacts());
        vm.actions().addListener((ListChangeListener<RecoveryViewModel.ActionItem>) c -> showActions());
        showFacts();
        showActions();
    }

    private void showFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (ProblemFacts.Fact f : vm.facts()) {
            Label k = new Label(f.label());
            k.getStyleClass().add("muted");
            k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label v = new Label(f.value());
            v.setWrapText(true);
            v.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setHgrow(v, javafx.scene.layout.Priority.ALWAYS);
            v.setId("fact-" + row);
            facts.addRow(row++, k, v);
        }
    }

    private void showActions() {
        actions.getChildren().clear();
        for (RecoveryViewModel.ActionItem a : vm.actions()) {
            Button b = new Button(a.label() + (a.dangerous() ? "…" : ""));
            b.setId("action-" + a.action().name());
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(vm.runningProperty());
            if (a.dangerous()) {
                b.getStyleClass().add("danger");
            }
            b.setOnAction(e -> choose(a));
            Label why = new Label(a.explanation());
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            actions.getChildren().add(new VBox(2, b, why));
        }
    }

    private void choose(RecoveryViewModel.ActionItem a) {
        RecoverySession.Choice choice = RecoverySession.Choice.NONE;
        if (a.action() == RecoveryAction.CANCEL) {
            close.getScene().getWindow().hide();
            return;
        }
        if (a.action() == RecoveryAction.MAKE_SECONDARY) {
            // The roles in words ("Local only: …"), never their command-line names.
            String local = Words.of("role", Role.SECONDARY_LOCAL);
            String mirror = Words.of("role", Role.SECONDARY_MIRROR);
            Optional<String> role = dialogs.choose(Texts.get("recovery.secondary.title"),
                    Texts.get("recovery.secondary.question"), List.of(local, mirror), local);
            if (role.isEmpty()) {
                return;
            }
            choice = new RecoverySession.Choice(role.get().equals(mirror) ? Role.SECONDARY_MIRROR : Role.SECONDARY_LOCAL,
                    null);
        } else if (a.action() == RecoveryAction.USE_SEPARATE_FOLDER) {
            Optional<String> folder = dialogs.askText(Texts.get("recovery.folder.title"),
                    Texts.get("recovery.folder.label"), "");
            if (folder.isEmpty() || folder.get().isBlank()) {
                return;
            }
            choice = new RecoverySession.Choice(null, folder.get().strip());
        } else if (a.action() == RecoveryAction.PUBLISH_UNDER_OTHER_NAME) {
            String layout = vm.fact("layout") == null ? "" : vm.fact("layout");
            Optional<String> name = dialogs.askText(Texts.get("recovery.rename.title"),
                    Texts.get("recovery.rename.label"),
                    layout.isEmpty() ? "" : layout + " 2");
            if (name.isEmpty() || name.get().isBlank()) {
                return;
            }
            choice = RecoverySession.Choice.renamedTo(name.get().strip());
        } else if (a.action() == RecoveryAction.REAUTHORIZE && vm.signInPastesToken()) {
            Optional<String> token = dialogs.askSecret(Texts.get("recovery.token.title"),
                    Texts.get("recovery.token.question"), Texts.get("recovery.token.label"));
            if (token.isEmpty()) {
                return;
            }
            choice = RecoverySession.Choice.pastedToken(token.get().strip());
        } else if (a.dangerous() && !dialogs.confirm(Texts.get("recovery.confirm.title"), confirmation(a.action()))) {
            return;
        }
        vm.perform(a.action(), choice);
    }

    private String confirmation(RecoveryAction a) {
        switch (a) {
            case FORCE_TAKEOVER:
                return Texts.get("recovery.confirm.takeover", vm.fact("holder"), vm.fact("host"), vm.fact("pid"),
                        local(vm.fact("since")), vm.fact("heartbeatAgeSeconds"));
            case CLEAN_SLATE:
                return Texts.get("recovery.confirm.cleanSlate");
            case OVERWRITE:
                return Texts.get("recovery.confirm.overwrite");
            case TAKE_OVER_LAYOUT:
                return Texts.get("recovery.confirm.takeLayout", vm.fact("layout"), vm.fact("owner"), vm.fact("host"),
                        local(vm.fact("lastPublished")));
            default:
                return Texts.get("recovery.confirm.other", a.label());
        }
    }

    /** An ISO time of a fact in local time with its age; empty when the fact is missing. */
    private static String local(String iso) {
        return iso == null ? "" : Words.localTimesIn(iso, java.time.Instant.now());
    }
}
