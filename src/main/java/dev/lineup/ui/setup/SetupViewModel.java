package dev.lineup.ui.setup;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First-start setup: this installation's name, its role, and the folder the default target publishes to. */
public final class SetupViewModel {
    /** What the user chose. */
    public record Answer(String name, Role role, Path outputFolder) {
    }

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.PRIMARY);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringBinding problem;

    public SetupViewModel(String suggestedName, Path defaultFolder) {
        name.set(suggestedName == null ? "" : suggestedName);
        folder.set(defaultFolder.toString());
        problem = Bindings.createStringBinding(() -> name.get().isBlank() ? "Give this installation a name."
                : folder.get().isBlank() ? "Choose the folder layouts are published to." : "", name, folder);
    }

    public Answer answer() {
        return new Answer(name.get().strip(), role.get(), Path.of(folder.get().strip()));
    }

    /** One sentence per role, shown under the choice. */
    public static String explain(Role r) {
        switch (r) {
            case SECONDARY_LOCAL:
                return "Edits and outputs here, but leaves publishing to the primary installation.";
            case SECONDARY_MIRROR:
                return "Follows what the primary installation publishes; publishes nothing itself.";
            default:
                return "This installation edits layouts and publishes them.";
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    /** Empty when the answers can be used. */
    public StringBinding problemProperty() {
        return problem;
    }
}
