package dev.lineup.ui.mainwindow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the main window opens, as pure arithmetic over screen rectangles (no JavaFX: tested with fake
 * screens). First start: the preferred size, shrunk to the screen's visible bounds (inside the task
 * bar and menu bar), centred. Later starts: the size, position and maximized state last used on that
 * screen, restored only while that screen exists, and pulled fully inside its visible bounds.
 */
public final class WindowPlacement {
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** Below this the editor's columns and the status bar (progress, Cancel) no longer fit. */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 520;
    /** Screens remembered at most: a laptop moved between desks meets a handful. */
    static final int MEMORY_SIZE = 8;

    private WindowPlacement() {
    }

    /** A rectangle in the desktop's coordinates (screens left of or above the primary have negative ones). */
    public record Rect(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlap(Rect o) {
            double w = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
            double h = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        boolean sameAs(Rect o) {
            return Math.abs(x - o.x) < 0.5 && Math.abs(y - o.y) < 0.5
                    && Math.abs(width - o.width) < 0.5 && Math.abs(height - o.height) < 0.5;
        }
    }

    /** One screen: its whole area (its identity) and the part not covered by task bars and menu bars. */
    public record ScreenArea(Rect bounds, Rect visible) {
    }

    /** Where the window goes; {@code window} is its normal (un-maximized) bounds. */
    public record Placement(Rect window, boolean maximized) {
    }

    /** The placement last used on one screen. */
    public record Remembered(Rect screen, Placement placement) {
    }

    /**
     * Where to open. {@code screens} lists the primary screen first; {@code memory} is most recent first.
     */
    public static Placement initial(List<ScreenArea> screens, List<Remembered> memory) {
        for (Remembered r : memory) {
            for (ScreenArea s : screens) {
                if (s.bounds().sameAs(r.screen())) {
                    return new Placement(fit(r.placement().window(), s.visible()), r.placement().maximized());
                }
            }
        }
        return firstStart(screens.get(0));
    }

    /** The preferred size, never larger than the visible bounds, centred in them. */
    static Placement firstStart(ScreenArea screen) {
        Rect v = screen.visible();
        double w = Math.min(PREFERRED_WIDTH, v.width());
        double h = Math.min(PREFERRED_HEIGHT, v.height());
        return new Placement(new Rect(v.x() + (v.width() - w) / 2, v.y() + (v.height() - h) / 2, w, h), false);
    }

    /** {@code window} moved and shrunk (never below the usable minimum unless the screen is smaller) into {@code visible}. */
    static Rect fit(Rect window, Rect visible) {
        double w = clamp(window.width(), Math.min(MIN_WIDTH, visible.width()), visible.width());
        double h = clamp(window.height(), Math.min(MIN_HEIGHT, visible.height()), visible.height());
        double x = clamp(window.x(), visible.x(), visible.maxX() - w);
        double y = clamp(window.y(), visible.y(), visible.maxY() - h);
        return new Rect(x, y, w, h);
    }

    /** The screen showing most of {@code window}; the primary (first) when it shows on none. */
    public static ScreenArea screenOf(Rect window, List<ScreenArea> screens) {
        ScreenArea best = screens.get(0);
        double most = 0;
        for (ScreenArea s : screens) {
            double o = s.bounds().overlap(window);
            if (o > most) {
                most = o;
                best = s;
            }
        }
        return best;
    }

    /** {@code memory} with {@code placement} as the newest entry for {@code screen} (replacing that screen's old one). */
    public static List<Remembered> remember(List<Remembered> memory, Rect screen, Placement placement) {
        List<Remembered> out = new ArrayList<>();
        out.add(new Remembered(screen, placement));
        for (Remembered r : memory) {
            if (!r.screen().sameAs(screen) && out.size() < MEMORY_SIZE) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /** The settings text: {@code screen x,y,w,h=window x,y,w,h[,max]} entries joined by {@code ;}, newest first. */
    public static String encode(List<Remembered> memory) {
        List<String> parts = new ArrayList<>();
        for (Remembered r : memory) {
            parts.add(rect(r.screen()) + "=" + rect(r.placement().window()) + (r.placement().maximized() ? ",max" : ""));
        }
        return String.join(";", parts);
    }

    /** Reads {@link #encode}'s text; entries that do not parse are skipped (an older or hand-edited value). */
    public static List<Remembered> decode(String text) {
        List<Remembered> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String entry : text.split(";")) {
            String[] sides = entry.strip().split("=");
            if (sides.length != 2) {
                continue;
            }
            String[] w = sides[1].split(",");
            Rect screen = parse(sides[0].split(","));
            Rect window = w.length >= 4 ? parse(java.util.Arrays.copyOf(w, 4)) : null;
            if (screen != null && window != null && window.width() > 0 && window.height() > 0) {
                out.add(new Remembered(screen, new Placement(window, w.length == 5 && "max".equals(w[4].strip()))));
            }
        }
        return out;
    }

    private static Rect parse(String[] n) {
        if (n.length != 4) {
            return null;
        }
        try {
            return new Rect(Double.parseDouble(n[0]), Double.parseDouble(n[1]), Double.parseDouble(n[2]),
                    Double.parseDouble(n[3]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String rect(Rect r) {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", r.x(), r.y(), r.width(), r.height());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
