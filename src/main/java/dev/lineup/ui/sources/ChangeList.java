package dev.lineup.ui.sources;

import dev.lineup.ui.common.Texts;
import dev.lineup.ui.common.Theme;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** "View added" / "view removed": the channel names a refresh added or removed, in a list ({@code #changeList}). */
final class ChangeList {
    private ChangeList() {
    }

    static void show(Window owner, Theme theme, String title, List<String> names) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(Texts.get("sources.changes", names.size()));
        d.getDialogPane().getStylesheets().setAll(theme.stylesheets());
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ListView<String> list = new ListView<>();
        list.setId("changeList");
        list.getItems().setAll(names);
        list.setPrefSize(420, 360);
        d.getDialogPane().setContent(list);
        d.show();
    }
}
