package dev.lineup.ui.layouteditor;

import dev.lineup.service.layouts.FromSource;
import dev.lineup.ui.common.Dialogs;
import dev.lineup.ui.common.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;

/**
 * "New layout from a source" for a source with films: the layout's name, and films as an opt-in. A new layout
 * takes live channels only; "Include films" adds every film category, or only the ones ticked below it.
 */
final class NewFromSourceDialog {
    /** The name typed and the films chosen. */
    record Choice(String name, FromSource films) {
    }

    private NewFromSourceDialog() {
    }

    static Optional<Choice> ask(Dialogs dialogs, String source, List<String> filmCategories) {
        Dialog<ButtonType> d = new Dialog<>();
        dialogs.prepare(d, Texts.get("layouts.fromSource.title", source));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        TextField name = new TextField(source);
        name.setId("fromSourceName");
        name.setPrefColumnCount(24);
        CheckBox films = new CheckBox(Texts.get("layouts.fromSource.films", filmCategories.size()));
        films.setId("fromSourceFilms");
        Label hint = new Label(Texts.get("layouts.fromSource.filmsHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.getStyleClass().add("muted");
        Set<String> ticked = new TreeSet<>();
        ListView<String> categories = new ListView<>(javafx.collections.FXCollections.observableArrayList(filmCategories));
        categories.setId("fromSourceFilmCategories");
        categories.setPrefHeight(Math.min(200, 28 + 26 * filmCategories.size()));
        categories.setCellFactory(CheckBoxListCell.forListView(c -> {
            BooleanProperty on = new SimpleBooleanProperty(ticked.contains(c));
            on.addListener((o, was, now) -> {
                if (now) {
                    ticked.add(c);
                } else {
                    ticked.remove(c);
                }
            });
            return on;
        }));
        categories.disableProperty().bind(films.selectedProperty().not());
        hint.disableProperty().bind(films.selectedProperty().not());
        VBox content = new VBox(8, new Label(Texts.get("layouts.fromSource.name")), name, films, hint, categories);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        Platform.runLater(name::requestFocus);
        return d.showAndWait().filter(b -> b == ButtonType.OK && !name.getText().isBlank())
                .map(b -> new Choice(name.getText().strip(), !films.isSelected() ? FromSource.LIVE_ONLY
                        : ticked.isEmpty() ? new FromSource(true, Set.of()) : new FromSource(false, ticked)));
    }
}
