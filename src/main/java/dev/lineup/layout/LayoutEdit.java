package dev.lineup.layout;

import dev.lineup.model.Layout;

/**
 * One undoable step: a pure function from a layout to the next one, with the text shown in the
 * Edit menu ("Undo Move 12 channels"). Implementations must not keep a reference to the input.
 */
public interface LayoutEdit {
    String description();

    /** The edited layout; the same instance when there is nothing to change. */
    Layout apply(Layout layout);

    static LayoutEdit of(String description, java.util.function.UnaryOperator<Layout> f) {
        return new LayoutEdit() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Layout apply(Layout layout) {
                return f.apply(layout);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
