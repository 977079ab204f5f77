package dev.lineup.service.settings;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;

/** The Settings screen's values, read and saved together. Timeouts in seconds, the interval in minutes. */
public record SettingsValues(String installationName, Role role, int backupKeep, int intervalMinutes,
                             boolean scheduleInApp, int connectTimeout, int readTimeout, String userAgent,
                             boolean dark) {
    /** Null when the values can be saved, else what is wrong, in words for the user. */
    public String problem() {
        if (installationName == null || installationName.isBlank()) {
            return "Give this installation a name.";
        }
        if (backupKeep < 1) {
            return "Keep at least one backup.";
        }
        if (intervalMinutes < 5) {
            return "Refresh at most every 5 minutes.";
        }
        if (connectTimeout < 1 || readTimeout < 1) {
            return "Timeouts must be at least one second.";
        }
        if (userAgent == null || userAgent.isBlank()) {
            return "The user agent must not be empty.";
        }
        return null;
    }
}
