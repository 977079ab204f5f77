package dev.lineup.model;

import java.util.Locale;

/** This installation: a uuid made once by {@code init}, the user's name for it, and its publish role. */
public record Installation(String id, String name, Role role) {
    public enum Role {
        PRIMARY, SECONDARY_LOCAL, SECONDARY_MIRROR;

        /** {@code primary}, {@code secondary-local}, {@code secondary-mirror}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Role fromWord(String w) {
            return valueOf(w.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
