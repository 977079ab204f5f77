package dev.lineup.layout;

import dev.lineup.model.Layout;

/** Told after every change of the edited layout, on the thread that made it. */
@FunctionalInterface
public interface LayoutListener {
    void layoutChanged(Layout layout, String description);
}
