package dev.lineup.ui.publish;

import dev.lineup.service.publish.CloudConnect;
import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window of the connect flow ({@link ConnectViewModel}): one page per step, a message line for what went
 * wrong, and a button that closes it (cancelling a sign-in that waits). The pages only bind to the view model.
 */
public final class ConnectDialog {
    private final ConnectViewModel vm;
    private final Stage stage = new Stage();

    public ConnectDialog(ConnectViewModel vm, Window owner, Theme theme) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Texts.get("connect.window", vm.label()));
        StackPane pages = new StackPane(page(ConnectViewModel.Step.LOADING, loading()),
                page(ConnectViewModel.Step.START, start()), page(ConnectViewModel.Step.OWN_APP, ownApp()),
                page(ConnectViewModel.Step.TOKEN, token()), page(ConnectViewModel.Step.SIGNING_IN, signingIn()),
                page(ConnectViewModel.Step.PLACE, place()));
        VBox.setVgrow(pages, Priority.ALWAYS);
        Label message = new Label();
        message.setId("connectMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        message.getStyleClass().add("connect-message");
        Button close = new Button(Texts.get("connect.close"));
        close.setId("connectClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label title = new Label(Texts.get("connect.window", vm.label()));
        title.getStyleClass().add("column-title");
        VBox root = new VBox(12, title, message, pages, new HBox(8, gap, close));
        root.setPadding(new Insets(16));
        stage.setOnHidden(e -> vm.cancel()); // closing while the browser is open stops the wait; nothing is stored
        vm.doneProperty().addListener((o, was, isDone) -> {
            if (isDone) {
                stage.close();
            }
        });
        Scene scene = new Scene(root, 640, 600);
        theme.attach(scene);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    /** The window, for tests and the screenshot tour. */
    public Stage stage() {
        return stage;
    }

    private Node page(ConnectViewModel.Step step, Node content) {
        content.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        return content;
    }

    private Node loading() {
        return new VBox(new ProgressIndicator());
    }

    private Node start() {
        Button signIn = button("connectSignIn", Texts.get("connect.start.signIn"), vm::signInAgain);
        signIn.setDefaultButton(true);
        return column(text(Texts.get("connect.start.text", vm.label())), signIn, useTokenLink("connectUseTokenStart"));
    }

    private Node signingIn() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Button cancel = button("connectCancel", Texts.get("connect.signingIn.cancel"), vm::cancel);
        return column(new HBox(12, spinner, text(Texts.get("connect.signingIn.text", vm.label()))),
                text(Texts.get("connect.signingIn.hint", vm.label())), cancel);
    }

    /** Step by step, with the exact permissions and redirect address the code uses, all copyable. */
    private Node ownApp() {
        VBox steps = column(text(Texts.get("connect.own.intro", vm.label())));
        steps.setPadding(new Insets(8));
        vm.setupProperty().addListener((o, a, setup) -> fillSteps(steps, setup));
        TextField key = field("connectKey", vm.keyProperty());
        Button check = button("connectCheck", Texts.get("connect.own.check"), vm::check);
        check.setDefaultButton(true);
        check.disableProperty().bind(vm.keyProperty().isEmpty());
        Label keyLabel = new Label();
        keyLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.setupProperty().get() == null ? ""
                : Texts.get("connect.own.keyLabel", capital(vm.setupProperty().get().keyName())), vm.setupProperty()));
        HBox.setHgrow(key, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(steps);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return column(scroll, keyLabel, new HBox(8, key, check), useTokenLink("connectUseToken"));
    }

    private void fillSteps(VBox steps, CloudConnect.AppSetup setup) {
        steps.getChildren().setAll(text(Texts.get("connect.own.intro", vm.label())));
        Hyperlink console = new Hyperlink(Texts.get("connect." + vm.kind() + ".console"));
        console.setId("connectConsole");
        console.setOnAction(e -> vm.openConsole());
        steps.getChildren().addAll(text(Texts.get("connect." + vm.kind() + ".step1")), console,
                text(Texts.get("connect." + vm.kind() + ".step2")),
                text(Texts.get("connect." + vm.kind() + ".permissions")),
                copyable("connectPermissions", String.join(" ", setup.permissions())),
                text(Texts.get("connect." + vm.kind() + ".redirect")),
                copyable("connectRedirect", setup.redirectUri()),
                text(Texts.get("connect." + vm.kind() + ".copyKey")));
    }

    private Node token() {
        PasswordField token = new PasswordField();
        token.setId("connectToken");
        token.textProperty().bindBidirectional(vm.tokenProperty());
        Hyperlink back = new Hyperlink(Texts.get("connect.token.back"));
        back.setId("connectBack");
        back.setOnAction(e -> vm.backFromToken());
        Button add = button("connectAddWithToken", Texts.get("connect.add"), vm::finish);
        add.disableProperty().bind(vm.tokenProperty().isEmpty().or(vm.busyProperty()));
        return column(text(Texts.get("connect.token.text", vm.label())),
                text(Texts.get("connect." + vm.kind() + ".tokenWhere")), new Label(Texts.get("connect.token.label")),
                token, nameAndFolder("Token"), add, back);
    }

    private Node place() {
        Button add = button("connectAdd", Texts.get("connect.add"), vm::finish);
        add.setDefaultButton(true);
        add.disableProperty().bind(vm.busyProperty());
        return column(text(Texts.get("connect.place.text", vm.label())), nameAndFolder(""), add);
    }

    /** The target's name and folder, filled with the suggestions. */
    private Node nameAndFolder(String idSuffix) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField name = field("connectName" + idSuffix, vm.nameProperty());
        TextField folder = field("connectFolder" + idSuffix, vm.folderProperty());
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(0, new Label(Texts.get("connect.place.name")), name);
        grid.addRow(1, new Label(Texts.get("connect." + vm.kind() + ".folder")), folder);
        return grid;
    }

    private Hyperlink useTokenLink(String id) {
        Hyperlink link = new Hyperlink(Texts.get("connect.useToken"));
        link.setId(id);
        link.setOnAction(e -> vm.useToken());
        return link;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** Text the user copies into the provider's console: selectable, not editable, wrapped (never cut off). */
    private static TextInputControl copyable(String id, String value) {
        javafx.scene.control.TextArea f = new javafx.scene.control.TextArea(value);
        f.setId(id);
        f.setEditable(false);
        f.setWrapText(true);
        f.setPrefRowCount(value.length() > 60 ? 2 : 1);
        f.setMinHeight(Region.USE_PREF_SIZE);
        return f;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(10, nodes);
        box.setFillWidth(true);
        return box;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
