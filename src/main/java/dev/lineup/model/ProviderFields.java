package dev.lineup.model;

import java.util.List;

/**
 * The values a provider gives a channel that the published playlist uses wherever the layout has none
 * of its own: name, logo, tvg-id and channel number ({@code tvg-chno}). The editor shows them as the
 * provider's and offers "Reset to provider value" from them.
 *
 * @param number the provider's {@code tvg-chno} as a whole number, or null when it has none (or not a
 *               whole number: players ignore those too)
 */
public record ProviderFields(String name, String logo, String tvgId, Integer number) {

    public static ProviderFields of(SourceChannel c) {
        return new ProviderFields(c.name(), c.logo(), c.tvgId(), number(c.attributes()));
    }

    /**
     * The number a channel is published with: the user's, else the provider's. The one rule, used by
     * Health, the editor and the duplicate filter; the playlist writer keeps the provider's {@code tvg-chno}
     * exactly when the user set none.
     */
    public static Integer effectiveNumber(LayoutChannel c, ProviderFields provider) {
        return c.number() != null ? c.number() : provider == null ? null : provider.number();
    }

    /** The provider's {@code tvg-chno} among {@code attributes}, as a whole number, or null. */
    public static Integer number(List<SourceAttribute> attributes) {
        for (SourceAttribute a : attributes) {
            if ("tvg-chno".equals(a.key())) {
                return parseNumber(a.value());
            }
        }
        return null;
    }

    static Integer parseNumber(String v) {
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
