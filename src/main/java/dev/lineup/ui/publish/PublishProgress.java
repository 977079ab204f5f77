package dev.lineup.ui.publish;

import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.Publisher;
import dev.lineup.task.Progress;
import dev.lineup.task.TaskContext;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Feeds a publish's rendering and upload progress into its task (the status bar samples it on its tick)
 * and the uploading file with its percent into the layout's row. Uploads report per chunk from worker
 * threads; the row hears at most one change per {@link #MIN_GAP_NANOS} (and every new file), and never
 * has more than one update waiting on the FX thread, so a fast link cannot flood it.
 */
final class PublishProgress implements Progress, Consumer<PublishEvent> {
    static final long MIN_GAP_NANOS = 250_000_000L;
    private final TaskContext ctx;
    private final Consumer<String> rowText;
    private final java.util.concurrent.Executor toUi;
    private final AtomicReference<String> waiting = new AtomicReference<>();
    private long filesDone;
    /** The file going up now, named by the last {@link PublishEvent.Uploading}. */
    private volatile String current = "";
    private String lastFile;
    private String lastText;
    private long lastShown;

    /** {@code rowText} runs through {@code toUi} (the FX thread) with texts like {@code uploading family.xml 45 %}. */
    PublishProgress(TaskContext ctx, Consumer<String> rowText, java.util.concurrent.Executor toUi) {
        this.ctx = ctx;
        this.rowText = rowText;
        this.toUi = toUi;
    }

    @Override
    public void update(String phase, long done, long total) {
        if (Publisher.UPLOAD_PHASE.equals(phase)) {
            uploaded(current, done, total);
        } else {
            ctx.update(phase, done, total);
        }
    }

    @Override
    public void accept(PublishEvent event) {
        if (event instanceof PublishEvent.Uploading u) {
            current = u.name();
        } else if (event instanceof PublishEvent.FileDone) {
            filesDone++;
            ctx.update(Publisher.UPLOAD_PHASE, filesDone, -1);
        }
    }

    private void uploaded(String name, long sent, long size) {
        ctx.update(Publisher.UPLOAD_PHASE, sent, size); // the bar shows the current file while it goes up
        String text = PublishRow.uploading(name, size <= 0 ? 100 : (int) (sent * 100 / size));
        synchronized (this) {
            long now = System.nanoTime();
            boolean newFile = !name.equals(lastFile);
            if (text.equals(lastText) || (!newFile && now - lastShown < MIN_GAP_NANOS)) {
                return;
            }
            lastFile = name;
            lastText = text;
            lastShown = now;
        }
        if (waiting.getAndSet(text) == null) {
            toUi.execute(() -> rowText.accept(waiting.getAndSet(null)));
        }
    }
}
