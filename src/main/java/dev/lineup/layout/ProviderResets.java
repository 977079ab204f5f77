package dev.lineup.layout;

import static dev.lineup.layout.LayoutOps.plural;

import dev.lineup.model.LayoutChannel;
import dev.lineup.model.ProviderFields;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * "Reset to provider value": puts back what the provider gives a channel (name, number, logo, tvg-id)
 * over the user's own value, for one field or all of them, as one undoable edit. A channel whose provider
 * entry is gone keeps its values: there is nothing to reset to.
 */
public final class ProviderResets {
    /** The fields the published playlist takes from the provider unless the user sets them. */
    public enum Field {
        NAME("name"), NUMBER("number"), LOGO("logo"), TVG_ID("tvg-id");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private ProviderResets() {
    }

    public static LayoutEdit reset(Collection<String> keys, Set<Field> fields, Map<String, ProviderFields> provider) {
        Set<String> sel = Set.copyOf(keys);
        Set<Field> f = fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
        String what = f.size() == 1 ? f.iterator().next().label() : "values";
        return LayoutEdit.of("Reset " + what + " of " + plural(sel.size(), "channel") + " to the provider's",
                layout -> LayoutOps.mapChannels(layout, sel, c -> reset(c, f, provider.get(c.sourceKey()))));
    }

    private static LayoutChannel reset(LayoutChannel c, Set<Field> fields, ProviderFields p) {
        if (p == null) {
            return c;
        }
        LayoutChannel out = c;
        if (fields.contains(Field.NAME) && p.name() != null) {
            out = out.withName(p.name());
        }
        if (fields.contains(Field.NUMBER)) {
            out = out.withNumber(null); // no number of our own: the provider's tvg-chno is published
        }
        if (fields.contains(Field.LOGO)) {
            out = out.withLogo(p.logo());
        }
        if (fields.contains(Field.TVG_ID)) {
            out = out.withTvgId(p.tvgId());
        }
        return out;
    }

    /** True when {@code c}'s value of {@code field} is the provider's (nothing of the user's to reset). */
    public static boolean isProviders(LayoutChannel c, Field field, ProviderFields p) {
        if (p == null) {
            return false;
        }
        return switch (field) {
            case NAME -> java.util.Objects.equals(c.name(), p.name());
            case NUMBER -> c.number() == null;
            case LOGO -> java.util.Objects.equals(c.logo(), p.logo());
            case TVG_ID -> java.util.Objects.equals(c.tvgId(), p.tvgId());
        };
    }
}
