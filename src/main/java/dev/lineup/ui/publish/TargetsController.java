package dev.lineup.ui.publish;

import dev.lineup.service.common.StandardProviders;
import dev.lineup.service.publish.TargetInfo;
import dev.lineup.sync.Provider;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The targets part of the Publish screen. */
public final class TargetsController {
    private final TargetsViewModel vm;
    private final Dialogs dialogs;
    private final Theme theme;
    @FXML private TableView<TargetInfo> targetTable;
    @FXML private Button signIn;
    @FXML private Button signOut;
    @FXML private Button remove;
    @FXML private Label targetMessage;

    private final dev.lineup.ui.common.LiveClock clock;

    public TargetsController(TargetsViewModel vm, Dialogs dialogs, Theme theme, dev.lineup.ui.common.LiveClock clock) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.theme = theme;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        targetTable.setItems(vm.targets());
        targetTable.setPlaceholder(new Label(Texts.get("publish.targets.empty")));
        // "sign-in refused (… at <time>)": the time in the app's one local form, its age ticking.
        TableColumn<TargetInfo, String> where = new TableColumn<>(Texts.get("publish.targets.column.where"));
        where.setPrefWidth(520);
        where.setCellValueFactory(v -> javafx.beans.binding.Bindings.createStringBinding(() -> dev.lineup.ui.common.Words
                .localTimesIn(v.getValue().describe(), clock.now()), clock.nowProperty()));
        targetTable.getColumns().setAll(List.of(col(Texts.get("publish.targets.column.target"), 140, TargetInfo::name),
                where));
        targetTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != targetTable.getSelectionModel().getSelectedItem()) {
                targetTable.getSelectionModel().select(b);
            }
        });
        javafx.beans.binding.BooleanBinding notCloud = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().cloud(), vm.selectedProperty());
        signIn.disableProperty().bind(notCloud);
        signOut.disableProperty().bind(notCloud);
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        targetMessage.textProperty().bind(vm.messageProperty());
    }

    @FXML private void addLocal() { add("local", "Add a local folder"); }
    @FXML private void connectDropbox() { connect("dropbox"); }
    @FXML private void connectDrive() { connect("gdrive"); }

    /** The guided flow: sign in (one click with a built-in key), then name the target and its folder. */
    private void connect(String kind) {
        ConnectViewModel flow = vm.connect(kind);
        ConnectDialog dialog = new ConnectDialog(flow, targetTable.getScene().getWindow(), theme);
        dialog.show();
        flow.start();
    }

    /** The form's fields come from the provider: its folder prompt and, if it signs in, its client id. */
    private void add(String kind, String title) {
        Provider provider = StandardProviders.registry().get(kind);
        String folderLabel = provider.folderPrompt();
        String keyLabel = provider.signsIn() ? Character.toUpperCase(provider.clientIdName().charAt(0))
                + provider.clientIdName().substring(1) : null;
        List<String> labels = keyLabel == null ? List.of("Name", folderLabel) : List.of("Name", folderLabel, keyLabel);
        List<String> initial = keyLabel == null ? List.of("", "") : List.of("", "", "");
        dialogs.ask(title, labels, initial, List.of()).ifPresent(a ->
                vm.add(kind, a.text(0), a.text(1), keyLabel == null ? null : a.text(2)));
    }

    @FXML
    private void signIn() {
        TargetInfo t = vm.selectedProperty().get();
        if (t != null && t.cloud() && t.tokenOnly()) {
            dialogs.askSecret(Texts.get("targets.token.title", t.name()), Texts.get("targets.token.text"),
                    Texts.get("targets.token.prompt")).ifPresent(token -> vm.useToken(t.name(), token.strip()));
        } else if (t != null && t.cloud()) {
            vm.signIn(t.name());
        }
    }

    @FXML
    private void signOut() {
        TargetInfo t = vm.selectedProperty().get();
        if (t != null && t.cloud() && dialogs.confirm(Texts.get("targets.sign-out"),
                Texts.get("targets.sign-out.confirm", t.name()))) {
            vm.signOut(t.name());
        }
    }

    @FXML
    private void remove() {
        TargetInfo t = vm.selectedProperty().get();
        if (t != null && dialogs.confirm(Texts.get("targets.remove.title"),
                Texts.get("targets.remove.confirm", t.name()))) {
            vm.remove(t.name());
        }
    }

    private static TableColumn<TargetInfo, String> col(String title, double width, Function<TargetInfo, String> f) {
        TableColumn<TargetInfo, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
