package dev.lineup.service.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Lineup keeps its data: {@code --data-dir}, else {@code LINEUP_HOME}, else the per-OS place —
 * {@code %APPDATA%\Lineup} on Windows, {@code ~/Library/Application Support/Lineup} on macOS,
 * {@code $XDG_DATA_HOME/lineup} or {@code ~/.local/share/lineup} elsewhere.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    /** The data directory for this process (override = the {@code --data-dir} option, may be null). */
    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path override, Map<String, String> env, String osName, String userHome) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        String home = env.get("LINEUP_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Lineup")
                    : Path.of(userHome, "AppData", "Roaming", "Lineup");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Lineup");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "lineup")
                : Path.of(userHome, ".local", "share", "lineup");
    }
}
