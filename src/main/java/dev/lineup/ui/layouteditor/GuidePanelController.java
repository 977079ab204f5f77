package dev.lineup.ui.layouteditor;

import dev.lineup.service.layouts.GuideEntry;
import dev.lineup.layout.epg.GuideProposal;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;

/**
 * The guide mapping panel's view. A click previews a guide channel's now/next; a double click or Enter
 * maps the current channel to it; Shift maps it with a +1 hour shift (a suggestion brings its own shift).
 */
public final class GuidePanelController {
    private final GuidePanelViewModel vm;
    @FXML private Label mapping;
    @FXML private ListView<GuideProposal> suggestionList;
    @FXML private TextField guideSearch;
    @FXML private ListView<GuideEntry> guideList;
    @FXML private Label preview;

    public GuidePanelController(GuidePanelViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        mapping.textProperty().bind(vm.mappingProperty());
        preview.textProperty().bind(vm.previewProperty());
        // The preview keeps its height (a list that moved under the mouse between the two clicks of a double
        // click would map the wrong channel); a long title is cut there and shown whole in the tooltip.
        Tooltip whole = new Tooltip();
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        whole.textProperty().bind(vm.previewProperty());
        preview.tooltipProperty().bind(javafx.beans.binding.Bindings.when(vm.previewProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        guideSearch.textProperty().bindBidirectional(vm.queryProperty());
        suggestionList.setItems(vm.suggestions());
        suggestionList.setCellFactory(l -> new GuideListCell<>(GuideListCell::proposal));
        guideList.setItems(vm.results());
        guideList.setCellFactory(l -> new GuideListCell<>(GuideListCell::entry));
        suggestionList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.previewSuggestion(b);
            }
        });
        guideList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.previewGuide(b.id());
            }
        });
        suggestionList.setOnMouseClicked(e -> {
            GuideProposal p = suggestionList.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() == 2) {
                vm.pick(p.guideId(), e.isShiftDown() ? 1 : p.shiftHours());
            }
        });
        suggestionList.setOnKeyPressed(e -> {
            GuideProposal p = suggestionList.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == KeyCode.ENTER) {
                vm.pick(p.guideId(), e.isShiftDown() ? 1 : p.shiftHours());
            }
        });
        guideList.setOnMouseClicked(this::guideClicked);
        guideList.setOnKeyPressed(e -> {
            GuideEntry g = guideList.getSelectionModel().getSelectedItem();
            if (g != null && e.getCode() == KeyCode.ENTER) {
                vm.pick(g.id(), e.isShiftDown() ? 1 : 0);
            }
        });
        vm.search();
    }

    private void guideClicked(MouseEvent e) {
        GuideEntry g = guideList.getSelectionModel().getSelectedItem();
        if (g != null && e.getClickCount() == 2) {
            vm.pick(g.id(), e.isShiftDown() ? 1 : 0);
        }
    }

    @FXML
    private void useSelected() {
        GuideEntry g = guideList.getSelectionModel().getSelectedItem();
        GuideProposal p = suggestionList.getSelectionModel().getSelectedItem();
        if (g != null) {
            vm.pick(g.id(), 0);
        } else if (p != null) {
            vm.pick(p.guideId(), p.shiftHours());
        }
    }

    @FXML
    private void useShifted() {
        GuideEntry g = guideList.getSelectionModel().getSelectedItem();
        GuideProposal p = suggestionList.getSelectionModel().getSelectedItem();
        String id = g != null ? g.id() : p != null ? p.guideId() : null;
        vm.pick(id, 1);
    }

    @FXML
    private void unmap() {
        vm.unmap();
    }
}
