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
        for (Field f : Field.values()) {
            int value = value(f);
            if (!SettingRanges.accepts(key(f), value)) {
                long[] b = SettingRanges.bounds(key(f));
                // One sentence naming the row, the range with its unit once, and what was typed.
                return String.format("%s must be from %,d to %,d %s, not %d.", f.label, b[0], b[1], f.unit, value);
            }
        }
        if (userAgent == null || userAgent.isBlank()) {
            return "The user agent must not be empty.";
        }
        return null;
    }

    /** The numeric fields of the screen, each with the words its messages use and its unit. */
    public enum Field {
        BACKUP_KEEP("The number of backups to keep", "backups"),
        INTERVAL("The refresh interval", "minutes"),
        CONNECT_TIMEOUT("The connect timeout", "seconds"),
        READ_TIMEOUT("The read timeout", "seconds");

        private final String label;
        private final String unit;

        Field(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }
    }

    /** The lowest and highest value {@code f} accepts: the ranges {@code config set} applies. */
    public static long[] bounds(Field f) {
        return SettingRanges.bounds(key(f));
    }

    private int value(Field f) {
        return switch (f) {
            case BACKUP_KEEP -> backupKeep;
            case INTERVAL -> intervalMinutes;
            case CONNECT_TIMEOUT -> connectTimeout;
            case READ_TIMEOUT -> readTimeout;
        };
    }

    private static String key(Field f) {
        return switch (f) {
            case BACKUP_KEEP -> Settings.BACKUP_KEEP;
            case INTERVAL -> Settings.SCHEDULE_INTERVAL;
            case CONNECT_TIMEOUT -> Settings.HTTP_CONNECT_TIMEOUT;
            case READ_TIMEOUT -> Settings.HTTP_READ_TIMEOUT;
        };
    }
}
