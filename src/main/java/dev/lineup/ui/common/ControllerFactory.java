package dev.lineup.ui.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.util.Callback;

/**
 * Builds FXML controllers by constructor injection ({@code FXMLLoader.setControllerFactory}): the
 * public constructor with the most parameters gets, for each parameter, the registered object of that
 * type. Controllers thus receive their view models and services and never look them up.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Object> registry = new LinkedHashMap<>();

    public <T> ControllerFactory register(Class<T> type, T instance) {
        registry.put(type, instance);
        return this;
    }

    public <T> T get(Class<T> type) {
        Object exact = registry.get(type);
        if (exact != null) {
            return type.cast(exact);
        }
        for (Object o : registry.values()) {
            if (type.isInstance(o)) {
                return type.cast(o);
            }
        }
        throw new IllegalStateException("nothing registered for " + type.getName());
    }

    @Override
    public Object call(Class<?> type) {
        Constructor<?> ctor = java.util.Arrays.stream(type.getConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no public constructor"));
        Class<?>[] params = ctor.getParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            args[i] = get(params[i]);
        }
        try {
            return ctor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
