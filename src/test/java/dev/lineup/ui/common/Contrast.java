package dev.lineup.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * WCAG 2 contrast of text as JavaFX draws it: the text's colour after CSS (with the opacity of the node and
 * its parents), over the background the nearest parents paint behind it (translucent ones blended over the
 * next). Read from the live scene graph, so it measures the theme's style sheets as they resolve.
 */
final class Contrast {
    private Contrast() {
    }

    /** The colour a node's text shows in: {@code fill} faded by the opacity of {@code node} and its parents, over its background. */
    static Color shownText(Node node, Paint fill) {
        Color text = (Color) fill;
        double opacity = text.getOpacity();
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return blend(text, background(node), opacity);
    }

    /** The opaque colour behind the middle of {@code node}: the last fill of the nearest painted parent (or itself). */
    static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Color c = fill(n);
            if (c != null) {
                return c.getOpacity() >= 1 ? c : blend(c, n.getParent() == null ? Color.WHITE : background(n.getParent()),
                        c.getOpacity());
            }
            if (n.getParent() == null && n.getScene() != null && n.getScene().getFill() instanceof Color sceneFill) {
                return sceneFill;
            }
        }
        return Color.WHITE;
    }

    /** The WCAG contrast ratio of two opaque colours, 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** The top fill that covers the node's middle (modena paints borders as wider fills under narrower ones). */
    private static Color fill(Node n) {
        if (!(n instanceof Region r) || r.getBackground() == null) {
            return null;
        }
        List<BackgroundFill> fills = r.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            BackgroundFill f = fills.get(i);
            if (f.getFill() instanceof Color c && c.getOpacity() > 0 && covers(f.getInsets(), r)) {
                return c;
            }
        }
        return null;
    }

    private static boolean covers(Insets in, Region r) {
        return in.getLeft() + in.getRight() < r.getWidth() && in.getTop() + in.getBottom() < r.getHeight();
    }

    private static Color blend(Color top, Color under, double alpha) {
        return Color.color(top.getRed() * alpha + under.getRed() * (1 - alpha),
                top.getGreen() * alpha + under.getGreen() * (1 - alpha),
                top.getBlue() * alpha + under.getBlue() * (1 - alpha));
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
