package dev.lineup.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutChannel;
import dev.lineup.model.LayoutGroup;
import dev.lineup.model.LayoutJson;
import dev.lineup.model.LayoutOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLayoutServiceTest {
    @TempDir
    Path dir;

    private static Layout layout(String name) {
        return new Layout(name, LayoutOptions.DEFAULTS, List.of(new LayoutGroup("News", false,
                List.of(LayoutChannel.of("tvg:a@news", "Alpha")))));
    }

    @Test
    void namesWithSlashesColonsAndAccentsRoundTripThroughFileNames() throws Exception {
        FileLayoutService s = new FileLayoutService(dir);
        for (String n : List.of("Family / Kids", "Télé: été*?", "100%", "..")) {
            s.save(layout(n));
        }
        assertThat(s.names()).containsExactlyInAnyOrder("Family / Kids", "Télé: été*?", "100%", "..");
        assertThat(s.load("Télé: été*?").groups().get(0).channels().get(0).name()).isEqualTo("Alpha");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(f -> f.matches("[A-Za-z0-9 _%.-]+"));
        }
    }

    @Test
    void createAndRenameRefuseATakenNameAndKeepBothLayouts() throws Exception {
        FileLayoutService s = new FileLayoutService(dir);
        s.create("One");
        s.save(layout("Two"));
        assertThatThrownBy(() -> s.create("Two")).isInstanceOf(LayoutNameTakenException.class);
        assertThatThrownBy(() -> s.rename("One", "Two")).isInstanceOf(LayoutNameTakenException.class);
        assertThat(s.load("Two").groups()).hasSize(1);
        s.rename("Two", "Three");
        assertThat(s.names()).containsExactly("One", "Three");
        assertThatThrownBy(() -> s.load("Two")).isInstanceOf(UnknownLayoutException.class);
    }

    @Test
    void importReplacesTheLayoutOfTheSameNameAndExportWritesTheLayoutFile() throws Exception {
        FileLayoutService s = new FileLayoutService(dir.resolve("layouts"));
        s.create("Family");
        Path file = dir.resolve("family.json");
        Files.writeString(file, LayoutJson.toJson(layout("Family")));
        s.importFile(file);
        assertThat(s.load("Family").groups().get(0).channels()).hasSize(1);
        Path out = dir.resolve("out.json");
        s.exportFile("Family", out);
        assertThat(LayoutJson.read(out)).isEqualTo(s.load("Family"));
        assertThat(s.names()).containsExactly("Family");
    }
}
