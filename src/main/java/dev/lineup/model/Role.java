package dev.lineup.model;

import java.util.Locale;

/**
 * What this installation is (chosen at {@code lineup init --role}, kept with the installation) and so what it
 * does with a target. Only a {@link #PRIMARY} takes the lease and writes to the
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

    private final String word;

    Role(String word) {
        this.word = word;
    }

    /** The spelling used by {@code lineup init --role}, in the database and in settings. */
    public String word() {
        return word;
    }

    public boolean mayPublish() {
        return this == PRIMARY;
    }

    /** Parses the CLI spelling ({@code secondary-mirror}) or the enum name, case-insensitively. */
    public static Role parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.word.equals(t) || r.name().toLowerCase(Locale.ROOT).equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text
                + "': expected primary, secondary-local or secondary-mirror");
    }
}
