package dev.lineup.sync;

import java.util.Locale;

/**
 * What this installation does with a target. Only a {@link #PRIMARY} takes the lease and writes to the
 * remote folder; the secondaries never do, so a second computer can be set up without any risk of a
 * publish race.
 */
public enum Role {
    /** Renders and publishes to the cloud folder, under the lease. */
    PRIMARY("primary"),
    /** Renders to a local folder only; never touches the remote folder. */
    SECONDARY_LOCAL("secondary-local"),
    /** Downloads what the primary published, read-only. */
    SECONDARY_MIRROR("secondary-mirror");

    private final String cliName;

    Role(String cliName) {
        this.cliName = cliName;
    }

    /** The spelling used by {@code lineup init --role} and in settings. */
    public String cliName() {
        return cliName;
    }

    public boolean mayPublish() {
        return this == PRIMARY;
    }

    /** Parses the CLI spelling ({@code secondary-mirror}) or the enum name, case-insensitively. */
    public static Role parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.cliName.equals(t) || r.name().toLowerCase(Locale.ROOT).equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text
                + "': expected primary, secondary-local or secondary-mirror");
    }
}
