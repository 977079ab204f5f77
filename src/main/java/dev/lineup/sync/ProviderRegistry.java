package dev.lineup.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The providers this build knows, by kind, in the order forms list them. */
public final class ProviderRegistry {
    private final Map<String, Provider> byKind = new LinkedHashMap<>();

    public ProviderRegistry(List<Provider> providers) {
        for (Provider p : providers) {
            if (byKind.putIfAbsent(p.kind(), p) != null) {
                throw new IllegalArgumentException("two providers of kind " + p.kind());
            }
        }
    }

    /** The provider of {@code kind}; an unknown kind is an {@link IllegalArgumentException} naming the known ones. */
    public Provider get(String kind) {
        Provider p = byKind.get(kind);
        if (p == null) {
            throw new IllegalArgumentException("unknown target kind '" + kind + "' (expected "
                    + String.join(", ", byKind.keySet()) + ")");
        }
        return p;
    }

    public List<Provider> all() {
        return List.copyOf(byKind.values());
    }
}
