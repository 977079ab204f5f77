package dev.lineup.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    @Test
    void eachSystemGetsItsUsualPlaceAndOverridesWin() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "Windows 11", "C:\\Users\\a"))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Roaming", "Lineup"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Lineup"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a"))
                .isEqualTo(Path.of("/xdg/lineup"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/lineup"));
        assertThat(DataDirectory.resolve(null, Map.of("LINEUP_HOME", "/srv/lineup", "XDG_DATA_HOME", "/xdg"), "Linux", "/h"))
                .isEqualTo(Path.of("/srv/lineup"));
        assertThat(DataDirectory.resolve(Path.of("/cli/dir"), Map.of("LINEUP_HOME", "/srv/lineup"), "Linux", "/h"))
                .isEqualTo(Path.of("/cli/dir"));
    }
}
