package dev.lineup.service.common;

import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a command reads (tokens named by {@code --access-token-env}, fake base URLs).
 * A facade over {@link System#getenv} so in-process runs (tests, the desktop app) can supply their own.
 */
@FunctionalInterface
public interface Env {
    Env SYSTEM = System::getenv;

    /** The variable's value, or null when unset. */
    String get(String name);

    /** The value when set and not blank. */
    default Optional<String> find(String name) {
        String v = get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** These values first, then the process environment. */
    static Env overlay(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> copy.containsKey(name) ? copy.get(name) : System.getenv(name);
    }
}
