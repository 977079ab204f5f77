package dev.lineup.service.layouts;

import dev.lineup.layout.LayoutEditException;
import dev.lineup.model.Layout;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.StreamKind;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a layout made from a source takes besides its live channels: every film (VOD), or the film categories
 * named. Series never: a series is a list of episodes, not a channel, and its {@code /series/} address plays
 * nothing in a player. {@link #LIVE_ONLY} is what a new layout starts with.
 */
public record FromSource(boolean allFilms, Set<String> filmCategories) {
    public static final FromSource LIVE_ONLY = new FromSource(false, Set.of());

    public FromSource {
        filmCategories = Set.copyOf(filmCategories);
    }

    /** A layout made from a source, and what of the source it left out. */
    public record Made(Layout layout, int filmsLeftOut, int seriesLeftOut) {
    }

    boolean takes(StreamKind kind, String category) {
        return switch (kind) {
            case LIVE -> true;
            case VOD -> allFilms || filmCategories.contains(category);
            case SERIES -> false;
        };
    }

    /** Each named category must be a film category of the source; a series category is refused with why. */
    void check(List<SourceCategory> categories) {
        Set<String> films = new TreeSet<>();
        Set<String> series = new TreeSet<>();
        for (SourceCategory c : categories) {
            (c.kind() == StreamKind.VOD ? films : c.kind() == StreamKind.SERIES ? series : new TreeSet<String>())
                    .add(c.name().strip());
        }
        for (String named : new TreeSet<>(filmCategories)) {
            if (films.contains(named)) {
                continue;
            }
            if (series.contains(named)) {
                throw new LayoutEditException("\"" + named + "\" is a series category: a series is a list of episodes, "
                        + "not a channel a player can play, so a layout cannot take it");
            }
            throw new LayoutEditException("the source has no film category \"" + named + "\""
                    + (films.isEmpty() ? " (it has no films)" : " (its film categories: " + names(films) + ")"));
        }
    }

    private static String names(Set<String> films) {
        List<String> first = films.stream().limit(8).map(n -> "\"" + n + "\"").toList();
        return String.join(", ", first) + (films.size() > first.size() ? ", …" : "");
    }
}
