package dev.lineup.bench;

import dev.lineup.service.AppServices;
import dev.lineup.service.DesktopServices;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import dev.lineup.ui.common.TaskMonitor;
import dev.lineup.ui.layouteditor.LayoutEditorViewModel;
import dev.lineup.ui.layouteditor.SourceBrowserViewModel;
import dev.lineup.ui.mainwindow.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * The real desktop window (Monocle headless) over a 100k-channel source and a layout of all of it:
 * a filter keystroke typed into the channel search until the table shows the new rows (filter, new
 * items, CSS and layout of the visible cells), a keystroke in the source browser search, scrolling
 * the channel table, and the process's peak RSS. Logo fetching is off (benchmarks use no network).
 * Run: {@code src/bench/run.sh EditorUiBench [channels]}.
 */
public final class EditorUiBench {
    private EditorUiBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        Path tmp = Files.createTempDirectory("lineup-uibench");
        Path playlist = PlaylistGenerator.generate(tmp, n, 7);
        dev.lineup.service.workspace.Workspace ws = DesktopServices.open(tmp.resolve("data"), n2 -> { });
        dev.lineup.service.FirstRun.init(ws.store(), ws.dataDir(), "Bench", dev.lineup.model.Role.PRIMARY, null);
        dev.lineup.model.Source provider = ws.store().sources().add("Provider", dev.lineup.model.SourceKind.M3U,
                playlist.toString(), null, null, false, false);
        long t0 = System.nanoTime();
        dev.lineup.service.library.SourceRefreshRun.refresh(ws.store(), dev.lineup.source.SourceRefresher.standard(ws.store()), provider,
                Progress.NONE, Cancellation.none());
        System.out.printf("refreshed source: %,d channels in %d ms%n", ws.store().channels().counts(provider.id())[0],
                ms(System.nanoTime() - t0));
        ws.layouts().createFromSource("Everything", "Provider");
        AppServices services = DesktopServices.create(ws, java.time.Clock.systemDefaultZone());

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        long open = System.nanoTime();
        MainWindow w = onFx(() -> {
            Stage stage = new Stage();
            MainWindow mw = new MainWindow(services, stage);
            stage.show();
            return mw;
        });
        LayoutEditorViewModel editor = w.get(LayoutEditorViewModel.class);
        SourceBrowserViewModel browser = w.get(SourceBrowserViewModel.class);
        waitFor(() -> editor.layout() != null && !browser.categoriesProperty().get().isEmpty()
                && !w.get(TaskMonitor.class).busyProperty().get());
        System.out.printf("window open, layout and source shown: %d ms%n", ms(System.nanoTime() - open));
        printMemory("after load");

        Parent root = w.scene().getRoot();
        TextField search = (TextField) root.lookup("#channelSearch");
        TextField sourceSearch = (TextField) root.lookup("#sourceSearch");
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) root.lookup("#channelTable");
        ToggleButton missingLogo = (ToggleButton) root.lookup("#filterMissingLogo");
        String typed = "sky sport 1";
        List<Long> keys = new ArrayList<>();
        List<Long> firstKeys = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            onFx(() -> {
                search.clear();
                root.layout();
                return null;
            });
            for (char c : typed.toCharArray()) {
                long t = onFx(() -> timed(root, () -> search.appendText(String.valueOf(c))));
                (round < 3 ? firstKeys : keys).add(t);
            }
        }
        int shown = onFx(() -> table.getItems().size());
        report("channel search keystroke ('s' … 'sky sport 1', warm)", keys);
        report("channel search keystroke, first 3 rounds (JIT warming)", firstKeys);
        System.out.printf("  rows shown for '%s': %,d%n", typed, shown);

        List<Long> flags = new ArrayList<>();
        onFx(() -> timed(root, search::clear));
        for (int i = 0; i < 20; i++) {
            flags.add(onFx(() -> timed(root, missingLogo::fire)));
        }
        report("toggle 'missing logo' over all channels", flags);

        List<Long> clear = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            onFx(() -> timed(root, () -> search.setText("news")));
            clear.add(onFx(() -> timed(root, search::clear)));
        }
        report("clearing the search (all 100k rows back)", clear);

        List<Long> src = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            onFx(() -> timed(root, sourceSearch::clear));
            for (char c : "canal plus".toCharArray()) {
                src.add(onFx(() -> timed(root, () -> sourceSearch.appendText(String.valueOf(c)))));
            }
        }
        report("source browser search keystroke ('c' … 'canal plus')", src);

        int rows = onFx(() -> table.getItems().size());
        Random rnd = new Random(1);
        List<Long> jumps = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int to = rnd.nextInt(rows);
            jumps.add(onFx(() -> timed(root, () -> table.scrollTo(to))));
        }
        report(String.format("scroll jump to a random row of %,d", rows), jumps);
        List<Long> pages = new ArrayList<>();
        onFx(() -> timed(root, () -> table.scrollTo(0)));
        for (int i = 1; i <= 60; i++) {
            int to = i * 25;
            pages.add(onFx(() -> timed(root, () -> table.scrollTo(to))));
        }
        report("scroll by a page (25 rows)", pages);
        printMemory("at end");
        Platform.exit();
        System.exit(0);
    }

    private static long timed(Parent root, Runnable r) {
        long t = System.nanoTime();
        r.run();
        root.applyCss();
        root.layout();
        return System.nanoTime() - t;
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> c) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(c)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("window not ready after 120 s");
            }
            Thread.sleep(20);
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        System.out.printf("%-58s median %6.1f ms   p90 %6.1f ms   worst %6.1f ms   (n=%d)%n", what,
                s.get(s.size() / 2) / 1e6, s.get((int) (s.size() * 0.9)) / 1e6, s.get(s.size() - 1) / 1e6, s.size());
    }

    private static void printMemory(String when) throws Exception {
        String hwm = "";
        String rss = "";
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                hwm = line.substring(6).strip();
            } else if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).strip();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("memory %s: RSS %s, peak RSS (VmHWM) %s, heap used %d MB of max %d MB%n", when, rss, hwm,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
