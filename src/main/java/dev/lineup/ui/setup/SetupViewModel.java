package dev.lineup.ui.setup;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.ui.common.Texts;
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
        problem = Bindings.createStringBinding(() -> name.get().isBlank() ? Texts.get("setup.name.missing")
                : folder.get().isBlank() ? Texts.get("setup.folder.missing") : "", name, folder);
    }

    public Answer answer() {
        return new Answer(name.get().strip(), role.get(), Path.of(folder.get().strip()));
    }

    /** One sentence per role, shown under the choice. */
    public static String explain(Role r) {
        switch (r) {
            case SECONDARY_LOCAL:
                return Texts.get("setup.role.secondary-local");
            case SECONDARY_MIRROR:
                return Texts.get("setup.role.secondary-mirror");
            default:
                return Texts.get("setup.role.primary");
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
