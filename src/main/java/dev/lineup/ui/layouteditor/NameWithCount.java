package dev.lineup.ui.layouteditor;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A name and its channel count side by side in a narrow list (groups, source categories): the name is cut at
 * its end when the list is too narrow, the count always stays visible. The cell that shows it carries the
 * whole text in its tooltip.
 */
final class NameWithCount extends HBox {
    private final Label name = new Label();
    private final Label count = new Label();

    NameWithCount() {
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setMinWidth(0);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.SOMETIMES);
        setMinWidth(0);
        setSpacing(6);
        getChildren().setAll(name, count);
    }

    void show(String nameText, String countText) {
        name.setText(nameText);
        count.setText(countText);
    }

    Label nameLabel() {
        return name;
    }

    Label countLabel() {
        return count;
    }
}
