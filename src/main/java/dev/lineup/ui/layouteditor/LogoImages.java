package dev.lineup.ui.layouteditor;

import dev.lineup.service.logos.LogoService;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logo previews for the channel table: decoded images kept in a small LRU, loaded in the background
 * through the {@link LogoService} (which keeps the disk cache). Arrivals are batched: one table refresh
 * per 150 ms tick, not one per logo.
 */
public final class LogoImages {
    private static final Logger LOG = LoggerFactory.getLogger(LogoImages.class);
    private static final int SIZE = 22;
    private static final int KEEP = 600;
    private final LogoService logos;
    private final Executor executor;
    private final Map<String, Image> images = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > KEEP;
        }
    };
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Set<String> absent = ConcurrentHashMap.newKeySet();
    private final Map<String, Image> arrived = new ConcurrentHashMap<>();
    private Runnable onArrival = () -> { };

    public LogoImages(LogoService logos, Executor executor) {
        this.logos = logos;
        this.executor = executor;
        Timeline tick = new Timeline(new KeyFrame(Duration.millis(150), e -> drain()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
    }

    public void onArrival(Runnable r) {
        onArrival = r;
    }

    /** The image if loaded; otherwise null, and a background load is started (once per URL). */
    public Image get(String url) {
        if (url == null || url.isBlank() || absent.contains(url)) {
            return null;
        }
        Image img = images.get(url);
        if (img == null && pending.add(url)) {
            try {
                executor.execute(() -> load(url));
            } catch (RejectedExecutionException full) {
                pending.remove(url); // the bounded logo pool is full: asked again when the cell redraws
            }
        }
        return img;
    }

    private void load(String url) {
        try {
            Image img = logos.logo(url).map(b -> new Image(new ByteArrayInputStream(b), SIZE, SIZE, true, true))
                    .filter(i -> !i.isError()).orElse(null);
            if (img == null) {
                absent.add(url);
            } else {
                arrived.put(url, img);
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("logo not loaded: {}", e.getClass().getSimpleName());
            absent.add(url);
        } finally {
            pending.remove(url);
        }
    }

    private void drain() {
        if (arrived.isEmpty()) {
            return;
        }
        for (String url : Set.copyOf(arrived.keySet())) {
            images.put(url, arrived.remove(url));
        }
        onArrival.run();
    }
}
