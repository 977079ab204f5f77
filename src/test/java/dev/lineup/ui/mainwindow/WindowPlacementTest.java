package dev.lineup.ui.mainwindow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.ui.mainwindow.WindowPlacement.Placement;
import dev.lineup.ui.mainwindow.WindowPlacement.Rect;
import dev.lineup.ui.mainwindow.WindowPlacement.Remembered;
import dev.lineup.ui.mainwindow.WindowPlacement.ScreenArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the main window opens, on fake screens: laptop, full HD, two screens, a screen unplugged since. */
class WindowPlacementTest {
    /** A 1366×768 laptop with a 40 px task bar at the bottom. */
    private static final ScreenArea LAPTOP = screen(0, 0, 1366, 768, 0, 0, 1366, 728);
    /** A 1920×1080 monitor with a 27 px top bar (GNOME). */
    private static final ScreenArea FULL_HD = screen(0, 0, 1920, 1080, 0, 27, 1920, 1053);
    /** A second 1920×1080 monitor to the right of the laptop, no bars. */
    private static final ScreenArea RIGHT = screen(1366, 0, 1920, 1080, 1366, 0, 1920, 1080);

    @Test
    void firstStartOnALaptopFitsInsideTheVisibleAreaSoTheStatusBarShows() {
        Placement p = WindowPlacement.initial(List.of(LAPTOP), List.of());
        Rect w = p.window();
        assertThat(w.width()).isEqualTo(1280);
        assertThat(w.height()).isEqualTo(728);
        assertThat(w.y()).isEqualTo(0);
        assertInside(w, LAPTOP.visible());
        assertThat(p.maximized()).isFalse();
    }

    @Test
    void firstStartOnFullHdIsThePreferredSizeCentredBelowTheTopBar() {
        Rect w = WindowPlacement.initial(List.of(FULL_HD), List.of()).window();
        assertThat(w).isEqualTo(new Rect(320, 27 + (1053 - 800) / 2.0, 1280, 800));
    }

    @Test
    void aTinyRememberedWindowReopensAtAUsableSizeNotAt200By200() {
        List<Remembered> memory = List.of(new Remembered(FULL_HD.bounds(),
                new Placement(new Rect(100, 100, 200, 200), false)));
        Rect w = WindowPlacement.initial(List.of(FULL_HD), memory).window();
        assertThat(w.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(w.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(w.x()).isEqualTo(100);
    }

    @Test
    void sizePositionAndMaximizedAreRestoredOnTheScreenTheyWereUsedOn() {
        List<ScreenArea> two = List.of(LAPTOP, RIGHT);
        Placement used = new Placement(new Rect(1500, 80, 1400, 900), true);
        List<Remembered> memory = WindowPlacement.decode(WindowPlacement.encode(
                WindowPlacement.remember(List.of(), WindowPlacement.screenOf(used.window(), two).bounds(), used)));

        Placement p = WindowPlacement.initial(two, memory);
        assertThat(p).isEqualTo(used);
    }

    @Test
    void aWindowOnAScreenThatWasUnpluggedOpensOnTheRemainingOneFullyVisible() {
        List<Remembered> memory = WindowPlacement.remember(List.of(), RIGHT.bounds(),
                new Placement(new Rect(1500, 80, 1400, 900), true));

        Placement p = WindowPlacement.initial(List.of(LAPTOP), memory);
        assertThat(p.maximized()).isFalse();
        assertInside(p.window(), LAPTOP.visible());
        assertThat(p).isEqualTo(WindowPlacement.initial(List.of(LAPTOP), List.of()));
    }

    @Test
    void eachScreenKeepsItsOwnPlacementSoTheLaptopAloneGetsItsOwnBack() {
        Placement onLaptop = new Placement(new Rect(10, 0, 1000, 700), false);
        Placement onMonitor = new Placement(new Rect(1400, 50, 1700, 1000), true);
        List<Remembered> memory = WindowPlacement.remember(List.of(), LAPTOP.bounds(), onLaptop);
        memory = WindowPlacement.remember(memory, RIGHT.bounds(), onMonitor);

        assertThat(WindowPlacement.initial(List.of(LAPTOP, RIGHT), memory)).isEqualTo(onMonitor);
        assertThat(WindowPlacement.initial(List.of(LAPTOP), memory)).isEqualTo(onLaptop);
    }

    @Test
    void aWindowHalfOffTheScreenIsPulledBackInside() {
        List<Remembered> memory = List.of(new Remembered(LAPTOP.bounds(),
                new Placement(new Rect(900, -50, 1000, 900), false)));
        Rect w = WindowPlacement.initial(List.of(LAPTOP), memory).window();
        assertInside(w, LAPTOP.visible());
        assertThat(w.width()).isEqualTo(1000);
        assertThat(w.height()).isEqualTo(728);
    }

    @Test
    void theScreenOfAWindowIsTheOneShowingMostOfIt() {
        List<ScreenArea> two = List.of(LAPTOP, RIGHT);
        assertThat(WindowPlacement.screenOf(new Rect(1000, 0, 800, 600), two)).isEqualTo(RIGHT);
        assertThat(WindowPlacement.screenOf(new Rect(100, 0, 800, 600), two)).isEqualTo(LAPTOP);
        assertThat(WindowPlacement.screenOf(new Rect(-5000, 0, 800, 600), two)).isEqualTo(LAPTOP);
    }

    @Test
    void unreadableSavedTextIsIgnoredEntryByEntry() {
        String text = "garbage;0,0,1366,768=1,2,900,600,max;1,2,3=4";
        assertThat(WindowPlacement.decode(text)).containsExactly(
                new Remembered(LAPTOP.bounds(), new Placement(new Rect(1, 2, 900, 600), true)));
        assertThat(WindowPlacement.decode(null)).isEmpty();
        assertThat(WindowPlacement.decode("")).isEmpty();
    }

    @Test
    void memoryKeepsTheNewestEntryPerScreenAndAtMostAFewScreens() {
        List<Remembered> memory = List.of();
        for (int i = 0; i < 20; i++) {
            memory = WindowPlacement.remember(memory, new Rect(i * 2000, 0, 1920, 1080),
                    new Placement(new Rect(i * 2000, 0, 800, 600), false));
        }
        memory = WindowPlacement.remember(memory, new Rect(19 * 2000, 0, 1920, 1080),
                new Placement(new Rect(19 * 2000 + 5, 0, 900, 600), false));
        assertThat(memory).hasSize(WindowPlacement.MEMORY_SIZE);
        assertThat(memory.get(0).placement().window().width()).isEqualTo(900);
        assertThat(memory.stream().filter(r -> r.screen().x() == 19 * 2000)).hasSize(1);
    }

    private static void assertInside(Rect w, Rect visible) {
        assertThat(w.x()).isGreaterThanOrEqualTo(visible.x());
        assertThat(w.y()).isGreaterThanOrEqualTo(visible.y());
        assertThat(w.x() + w.width()).isLessThanOrEqualTo(visible.x() + visible.width());
        assertThat(w.y() + w.height()).isLessThanOrEqualTo(visible.y() + visible.height());
    }

    private static ScreenArea screen(double x, double y, double w, double h, double vx, double vy, double vw, double vh) {
        return new ScreenArea(new Rect(x, y, w, h), new Rect(vx, vy, vw, vh));
    }
}
