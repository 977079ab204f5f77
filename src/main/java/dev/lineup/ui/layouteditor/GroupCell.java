package dev.lineup.ui.layouteditor;

import dev.lineup.ui.common.Texts;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * One entry of the editor's group list: the group's name, cut at its end when the list is narrow, and its
 * channel count (and "hidden"), which always stays visible. The cell's text holds the whole entry (for
 * screen readers and lookups); what shows is the two labels, with the whole text in a tooltip.
 */
final class GroupCell extends ListCell<GroupItem> {
    private final NameWithCount graphic = new NameWithCount();
    private final Tooltip tooltip = new Tooltip();

    GroupCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setMinWidth(0);
        setPrefWidth(0); // long names are cut, never widen the list
    }

    @Override
    protected void updateItem(GroupItem g, boolean empty) {
        super.updateItem(g, empty);
        if (empty || g == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        String counted = g.isAll() ? "" : "(" + g.channels() + ")" + (g.hidden() ? "  · " + Texts.get("editor.group.hidden") : "");
        String whole = g.isAll() ? Texts.get("editor.group.all") : g.name() + "  " + counted;
        graphic.show(g.isAll() ? Texts.get("editor.group.all") : g.name(), counted);
        setText(whole);
        setGraphic(graphic);
        tooltip.setText(whole);
        setTooltip(g.isAll() ? null : tooltip);
    }

    /** The label showing the group's name (the part that is cut when the list is narrow). */
    Label nameLabel() {
        return graphic.nameLabel();
    }

    /** The label showing the channel count. */
    Label countLabel() {
        return graphic.countLabel();
    }
}
