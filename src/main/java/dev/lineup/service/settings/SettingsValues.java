package dev.lineup.service.settings;

import dev.lineup.model.Installation;
import dev.lineup.model.Role;
import dev.lineup.store.SettingRanges;
import dev.lineup.store.Settings;

/** The Settings screen's values, read and saved together. Timeouts in seconds, the interval in minutes. */
public record SettingsValues(String installationName, Role role, int backupKeep, int intervalMinutes,
                             boolean scheduleInApp, int connectTimeout, int readTimeout, String userAgent,
                             boolean dark) {
    /** Null when the values can be saved, else what is wrong, in words for the user. */
    public String problem() {
        if (installationName == null || installationName.isBlank()) {
            return "Give this installation a name.";
        }
        String outOfRange = outOfRange("Keep the newest (backups)", Settings.BACKUP_KEEP, backupKeep);
        if (outOfRange == null) {
            outOfRange = outOfRange("Refresh sources every", Settings.SCHEDULE_INTERVAL, intervalMinutes);
        }
        if (outOfRange == null) {
            outOfRange = outOfRange("Connect timeout", Settings.HTTP_CONNECT_TIMEOUT, connectTimeout);
        }
        if (outOfRange == null) {
            outOfRange = outOfRange("Read timeout", Settings.HTTP_READ_TIMEOUT, readTimeout);
        }
        if (outOfRange != null) {
            return outOfRange;
        }
        if (userAgent == null || userAgent.isBlank()) {
            return "The user agent must not be empty.";
        }
        return null;
    }

    /** The numeric fields of the screen, for the allowed range shown beside each. */
    public enum Field { BACKUP_KEEP, INTERVAL, CONNECT_TIMEOUT, READ_TIMEOUT }

    /** What {@code f} accepts, in words ("a whole number from 1 to 600 (seconds)"): the ranges {@code config set} applies. */
    public static String allowed(Field f) {
        return SettingRanges.allowed(switch (f) {
            case BACKUP_KEEP -> Settings.BACKUP_KEEP;
            case INTERVAL -> Settings.SCHEDULE_INTERVAL;
            case CONNECT_TIMEOUT -> Settings.HTTP_CONNECT_TIMEOUT;
            case READ_TIMEOUT -> Settings.HTTP_READ_TIMEOUT;
        });
    }

    /** The same ranges the command line's {@code config set} applies ({@link SettingRanges}), in the screen's words. */
    private static String outOfRange(String label, String key, int value) {
        return SettingRanges.accepts(key, value) ? null
                : label + " must be " + SettingRanges.allowed(key) + ", not " + value + ".";
    }
}
