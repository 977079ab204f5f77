package dev.lineup.xmltv;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to keep of a guide and how to change it. Immutable.
 * <p>Source ids are the ids in the input files; output ids are the ids published. A source channel is
 * published if it is kept ({@link Builder#keep}, {@link Builder#keepAll}) under its own id, or renamed
 * ({@link Builder#rename}) under each of its new ids, and then only under those (rename it to itself as well
 * to keep the original next to a copy). Display names, icons and shifts are keyed by output id.
 */
public final class GuideFilter {
    private final boolean keepAll;
    private final Set<String> kept;
    private final Map<String, List<String>> renames;
    private final Map<String, List<String>> displayNames;
    private final Map<String, List<String>> icons;
    private final Map<String, Long> shiftSeconds;
    private final Map<String, String> fallbackNames;
    private final Instant windowFrom;
    private final Instant windowTo;

    private GuideFilter(Builder b) {
        keepAll = b.keepAll;
        kept = Set.copyOf(b.kept);
        renames = copy(b.renames);
        displayNames = copy(b.displayNames);
        icons = copy(b.icons);
        shiftSeconds = Map.copyOf(b.shiftSeconds);
        fallbackNames = Map.copyOf(b.fallbackNames);
        windowFrom = b.now == null ? null : b.now.minus(Duration.ofDays(b.daysBack));
        windowTo = b.now == null ? null : b.now.plus(Duration.ofDays(b.daysAhead));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ids a source channel is published under, in the order given; empty when it is not kept. */
    public List<String> outputIds(String sourceId) {
        List<String> renamed = renames.get(sourceId);
        if (renamed != null) {
            return renamed;
        }
        return keepAll || kept.contains(sourceId) ? List.of(sourceId) : List.of();
    }

    /** Whether every channel is kept (no programme can be left out by its channel alone). */
    public boolean keepsAll() {
        return keepAll;
    }

    /** Replacement display names for an output id; empty means keep the guide's own. */
    public List<String> displayNames(String outputId) {
        return displayNames.getOrDefault(outputId, List.of());
    }

    /** Replacement icon URLs for an output id; empty means keep the guide's own. */
    public List<String> icons(String outputId) {
        return icons.getOrDefault(outputId, List.of());
    }

    /**
     * The display names of a {@code <channel>} Lineup writes itself, for an output id whose programmes the
     * guide has but which it does not describe: the replacement names, else the fallback name, else empty
     * (then the id is shown).
     */
    public List<String> namesIfUndescribed(String outputId) {
        List<String> names = displayNames(outputId);
        String fallback = fallbackNames.get(outputId);
        return !names.isEmpty() || fallback == null ? names : List.of(fallback);
    }

    /** Whether some channel this filter publishes may still lack a {@code <channel>} once {@code described} are. */
    public boolean mayLackChannels(Set<String> described) {
        if (keepAll) {
            return true;
        }
        for (String id : kept) {
            if (!renames.containsKey(id) && !described.contains(id)) {
                return true;
            }
        }
        for (List<String> ids : renames.values()) {
            if (!described.containsAll(ids)) {
                return true;
            }
        }
        return false;
    }

    /** The shift of an output channel's programmes, whole seconds. */
    public long shiftSeconds(String outputId) {
        Long s = shiftSeconds.get(outputId);
        return s == null ? 0 : s;
    }

    /** Whether a programme running [start, stop) touches the day window; no window keeps everything. */
    public boolean inWindow(Instant start, Instant stop) {
        if (windowFrom == null) {
            return true;
        }
        Instant end = stop != null ? stop : start;
        return end.isAfter(windowFrom) && start.isBefore(windowTo);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Collects the filter; every method returns this builder. */
    public static final class Builder {
        private boolean keepAll;
        private final Set<String> kept = new HashSet<>();
        private final Map<String, List<String>> renames = new LinkedHashMap<>();
        private final Map<String, List<String>> displayNames = new LinkedHashMap<>();
        private final Map<String, List<String>> icons = new LinkedHashMap<>();
        private final Map<String, Long> shiftSeconds = new LinkedHashMap<>();
        private final Map<String, String> fallbackNames = new HashMap<>();
        private Instant now;
        private int daysBack;
        private int daysAhead;

        private Builder() {
        }

        public Builder keep(String sourceId) {
            kept.add(Objects.requireNonNull(sourceId));
            return this;
        }

        public Builder keepAll() {
            keepAll = true;
            return this;
        }

        /** Publishes a source channel under a new id; call twice with the same old id to duplicate it. */
        public Builder rename(String oldId, String newId) {
            List<String> ids = renames.computeIfAbsent(Objects.requireNonNull(oldId), k -> new ArrayList<>());
            if (!ids.contains(Objects.requireNonNull(newId))) {
                ids.add(newId);
            }
            return this;
        }

        /** Adds a display name replacing the guide's own; several calls give several names, in order. */
        public Builder displayName(String newId, String name) {
            displayNames.computeIfAbsent(newId, k -> new ArrayList<>()).add(Objects.requireNonNull(name));
            return this;
        }

        /** Adds an icon replacing the guide's own; several calls give several icons, in order. */
        public Builder icon(String newId, String url) {
            icons.computeIfAbsent(newId, k -> new ArrayList<>()).add(Objects.requireNonNull(url));
            return this;
        }

        /**
         * The name for an output channel's {@code <channel>} should the guide have its programmes but not
         * describe it (e.g. the playlist's name); unlike {@link #displayName} it never replaces the guide's own.
         */
        public Builder fallbackName(String outputId, String name) {
            fallbackNames.put(Objects.requireNonNull(outputId), Objects.requireNonNull(name));
            return this;
        }

        /** Moves an output channel's programmes by hours (fractional allowed, e.g. -1.5), to the second. */
        public Builder shift(String newId, double hours) {
            if (!Double.isFinite(hours)) {
                throw new IllegalArgumentException("shift must be a finite number of hours: " + hours);
            }
            shiftSeconds.put(newId, Math.round(hours * 3600));
            return this;
        }

        /** Keeps programmes touching [now - daysBack days, now + daysAhead days), judged in absolute time. */
        public Builder window(Instant now, int daysBack, int daysAhead) {
            if (daysBack < 0 || daysAhead < 0) {
                throw new IllegalArgumentException("day window must not be negative: " + daysBack + ", " + daysAhead);
            }
            this.now = Objects.requireNonNull(now);
            this.daysBack = daysBack;
            this.daysAhead = daysAhead;
            return this;
        }

        public GuideFilter build() {
            return new GuideFilter(this);
        }
    }
}
