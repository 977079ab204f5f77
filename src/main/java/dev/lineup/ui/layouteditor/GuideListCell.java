package dev.lineup.ui.layouteditor;

import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.service.layouts.GuideEntry;
import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An entry of the guide panel's lists on two lines, so a narrow panel still tells guide channels apart: a
 * guide channel's name above its id and source, or a suggested id above its confidence and reason. Each part
 * is cut with an ellipsis when the panel is narrow (an id in the middle, since both its ends matter: the
 * name and the country); the tooltip holds the whole entry. Never wider than the list: no sideways scrolling.
 */
final class GuideListCell<T> extends ListCell<T> {
    /** What an entry shows: the first line, its second line (an id, cut in the middle; may be empty), the rest. */
    record Lines(String first, OverrunStyle firstCut, String id, String rest, String whole) {
    }

    private final Function<T, Lines> lines;
    private final Label first = new Label();
    private final Label id = new Label();
    private final Label rest = new Label();
    private final VBox graphic = new VBox(first, new IdLine(id, rest));
    private final Tooltip tooltip = new Tooltip();

    GuideListCell(Function<T, Lines> lines) {
        this.lines = lines;
        id.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        for (Label l : new Label[] {first, id, rest}) {
            l.setMinWidth(0);
        }
        id.getStyleClass().add("guide-id");
        rest.getStyleClass().add("muted");
        graphic.setMinWidth(0);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setMinWidth(0);
        setPrefWidth(0); // long entries are cut, never widen the list
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Lines l = lines.apply(item);
        first.setText(l.first());
        first.setTextOverrun(l.firstCut());
        id.setText(l.id());
        id.setVisible(!l.id().isEmpty());
        id.setManaged(!l.id().isEmpty());
        rest.setText(l.rest());
        setText(l.whole().replace('\n', ' '));
        setGraphic(graphic);
        tooltip.setText(l.whole());
        setTooltip(tooltip);
    }

    /** A guide source's channel: its name, then its id and the guide source it comes from. */
    static Lines entry(GuideEntry e) {
        String name = e.displayNames().isEmpty() ? e.id() : e.displayNames().get(0);
        return new Lines(name, OverrunStyle.ELLIPSIS, e.id(), "· " + e.source(),
                name + "\nGuide id: " + e.id() + "\nFrom: " + e.source());
    }

    /** A suggested guide channel: its id (and shift), then how sure the match is and why. */
    static Lines proposal(GuideProposal p) {
        String first = p.guideId() + GuidePanelViewModel.shiftText(p.shiftHours());
        String why = String.format("%.0f%% · %s", p.confidence() * 100, p.reason());
        return new Lines(first, OverrunStyle.CENTER_ELLIPSIS, "", why,
                first + "\n" + why + (p.guideSourceName() == null ? "" : "\nFrom: " + p.guideSourceName()));
    }

    /**
     * The second line: the id first, as much of it as fits, then the rest in what is left; so the id is cut
     * only when it alone is wider than the list.
     */
    private static final class IdLine extends Region {
        private static final double GAP = 6;
        private final Label id;
        private final Label rest;

        IdLine(Label id, Label rest) {
            this.id = id;
            this.rest = rest;
            getStyleClass().add("guide-detail");
            getChildren().setAll(id, rest);
            setMinWidth(0);
        }

        @Override
        protected double computePrefWidth(double height) {
            return (id.isManaged() ? id.prefWidth(-1) + GAP : 0) + rest.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(id.prefHeight(-1), rest.prefHeight(-1));
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            double idWidth = id.isManaged() ? Math.min(id.prefWidth(-1), w) : 0;
            id.resizeRelocate(0, 0, idWidth, h);
            double restX = id.isManaged() ? idWidth + GAP : 0;
            rest.resizeRelocate(restX, 0, Math.max(0, Math.min(rest.prefWidth(-1), w - restX)), h);
        }
    }

    /** The labels as shown: the first line, the id, the rest (for tests: which one is cut). */
    Label[] parts() {
        return new Label[] {first, id, rest};
    }
}
