package dev.lineup.ui.mainwindow;

import dev.lineup.ui.mainwindow.WindowPlacement.Placement;
import dev.lineup.ui.mainwindow.WindowPlacement.Rect;
import dev.lineup.ui.mainwindow.WindowPlacement.Remembered;
import dev.lineup.ui.mainwindow.WindowPlacement.ScreenArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Applies {@link WindowPlacement} to the main window before it shows, follows its normal (un-maximized)
 * bounds while it is used, and hands the updated memory to {@code save} when it closes.
 */
final class WindowPlacer {
    private final Stage stage;
    private final List<Remembered> memory;
    private Rect normal;

    private WindowPlacer(Stage stage, List<Remembered> memory) {
        this.stage = stage;
        this.memory = memory;
    }

    /** Places {@code stage} by the remembered {@code saved} text (empty on first start); call before showing it. */
    static void place(Stage stage, String saved, Consumer<String> save) {
        WindowPlacer p = new WindowPlacer(stage, WindowPlacement.decode(saved));
        Placement where = WindowPlacement.initial(screens(), p.memory);
        Rect w = where.window();
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, w.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, w.height()));
        stage.setX(w.x());
        stage.setY(w.y());
        stage.setWidth(w.width());
        stage.setHeight(w.height());
        stage.setMaximized(where.maximized());
        p.normal = w;
        p.follow();
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save.accept(p.remembered()));
    }

    /** Keeps the last bounds the window had while neither maximized nor minimized: what a restart restores. */
    private void follow() {
        javafx.beans.InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.isShowing()) {
                normal = new Rect(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(track);
        stage.yProperty().addListener(track);
        stage.widthProperty().addListener(track);
        stage.heightProperty().addListener(track);
    }

    private String remembered() {
        List<ScreenArea> screens = screens();
        ScreenArea on = WindowPlacement.screenOf(normal, screens);
        return WindowPlacement.encode(WindowPlacement.remember(memory, on.bounds(),
                new Placement(normal, stage.isMaximized())));
    }

    /** The desktop's screens, the primary first. */
    private static List<ScreenArea> screens() {
        List<ScreenArea> out = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        out.add(area(primary));
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                out.add(area(s));
            }
        }
        return out;
    }

    private static ScreenArea area(Screen s) {
        return new ScreenArea(rect(s.getBounds()), rect(s.getVisualBounds()));
    }

    private static Rect rect(Rectangle2D r) {
        return new Rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
