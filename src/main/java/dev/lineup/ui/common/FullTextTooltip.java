package dev.lineup.ui.common;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The tooltip of a label or cell that may be too narrow for its text: while the text is cut (an ellipsis
 * stands for the rest) the tooltip shows the whole text, above the control's own note if it has one; while
 * the text fits, only the note shows (or no tooltip). The owner calls {@link #refresh()} after each of its
 * layouts (from {@code layoutChildren}): only then does it know what it draws. One tooltip per owner, its text
 * changed as a cell is reused, so scrolling a long table makes no garbage.
 */
public final class FullTextTooltip {
    private final Labeled owner;
    private final Tooltip tooltip = new Tooltip();
    private String note;

    public FullTextTooltip(Labeled owner) {
        this.owner = owner;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
    }

    /** The owner's own note (e.g. where its value comes from), shown whether or not the text is cut; null for none. */
    public void setNote(String note) {
        this.note = note;
        refresh();
    }

    /** Shows the tooltip the owner's text and note call for now; call after the owner has laid out its text. */
    public void refresh() {
        String whole = owner.getText();
        String tip = isCut(owner) ? (note == null ? whole : whole + "\n" + note) : note;
        if (tip != null && !tip.equals(tooltip.getText())) {
            tooltip.setText(tip);
        }
        Tooltip wanted = tip == null ? null : tooltip;
        if (owner.getTooltip() != wanted) {
            owner.setTooltip(wanted);
        }
    }

    /** True when the control draws less than its whole text (an ellipsis cuts it); false before its first layout. */
    public static boolean isCut(Labeled l) {
        String whole = l.getText();
        String shown = shownText(l);
        return whole != null && !whole.isEmpty() && shown != null && !Objects.equals(whole, shown);
    }

    /** The text a label or cell draws: its own text, or the part left of it with an ellipsis; null if none is drawn. */
    public static String shownText(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.isVisible()) {
                return t.getText();
            }
        }
        return null;
    }
}
