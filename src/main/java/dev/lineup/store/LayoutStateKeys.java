package dev.lineup.store;

import dev.lineup.model.LayoutState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The setting-key form of a layout's state, {@code layout.NAME.FIELD}, kept for {@code lineup config get|set}
 * (a command-line contract) and scripts written before the state had columns: {@link Settings} reads and writes
 * such a key through {@link LayoutStateStore} when a layout of that name exists.
 */
final class LayoutStateKeys {
    static final String PREFIX = "layout.";

    enum Field {
        TARGET("target"), GENERATION("generation"), LAST_PUBLISHED("last-published"), RULES("rules"),
        AUTO_MATCH_GUIDES("auto-match-guides");

        final String word;

        Field(String word) {
            this.word = word;
        }
    }

    record Key(String layout, Field field) {
        String text() {
            return PREFIX + layout + "." + field.word;
        }
    }

    private LayoutStateKeys() {
    }

    /** {@code layout.NAME.FIELD} with a known field (NAME may hold dots), else empty. */
    static Optional<Key> parse(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int dot = key.lastIndexOf('.');
        if (dot <= PREFIX.length()) {
            return Optional.empty();
        }
        String word = key.substring(dot + 1);
        for (Field f : Field.values()) {
            if (f.word.equals(word)) {
                return Optional.of(new Key(key.substring(PREFIX.length(), dot), f));
            }
        }
        return Optional.empty();
    }

    /** The field's value as the setting showed it; empty for "not set" (no target, never published, no rules, off). */
    static Optional<String> value(LayoutState s, Field f) {
        return Optional.ofNullable(switch (f) {
            case TARGET -> s.target();
            case GENERATION -> s.generation() == 0 ? null : Long.toString(s.generation());
            case LAST_PUBLISHED -> s.lastPublished() == null ? null : s.lastPublished().toString();
            case RULES -> s.rulesJson();
            case AUTO_MATCH_GUIDES -> s.autoMatchGuides() ? "true" : null;
        });
    }

    /** Writes {@code value} (null: back to "not set"); a value of the wrong form is an {@link IllegalArgumentException}. */
    static void write(LayoutStateStore state, Key k, String value) {
        String v = value == null ? null : value.strip();
        switch (k.field()) {
            case TARGET -> state.setTarget(k.layout(), v == null || v.isEmpty() ? null : v);
            case GENERATION -> {
                if (v != null && !v.matches("\\d{1,18}")) {
                    throw new IllegalArgumentException(k.text() + " must be a whole number, not \"" + value + "\"");
                }
                state.setGeneration(k.layout(), v == null ? 0 : Long.parseLong(v));
            }
            case LAST_PUBLISHED -> state.setLastPublished(k.layout(), v == null || v.isEmpty() ? null : instant(k, v));
            case RULES -> state.setRules(k.layout(), v);
            case AUTO_MATCH_GUIDES -> {
                if (v != null && !v.matches("(?i)true|false")) {
                    throw new IllegalArgumentException(k.text() + " must be true or false, not \"" + value + "\"");
                }
                state.setAutoMatchGuides(k.layout(), v != null && v.equalsIgnoreCase("true"));
            }
            default -> throw new IllegalStateException(k.field().name());
        }
    }

    /** Every layout's set fields as keys, for {@code config list}. */
    static void addAll(LayoutStateStore state, Map<String, String> into) {
        for (LayoutState s : state.all()) {
            for (Field f : Field.values()) {
                value(s, f).ifPresent(v -> into.put(new Key(s.layout(), f).text(), v));
            }
        }
    }

    private static Instant instant(Key k, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(k.text() + " must be a time such as 2026-11-22T10:00:00Z, not \"" + v + "\"");
        }
    }
}
