package dev.lineup.layout;

import dev.lineup.model.Layout;
import dev.lineup.model.LayoutGroup;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Holds the layout being edited and its history. Every {@link #apply} is one undoable step, a bulk
 * edit of 1,000 channels included. History entries are immutable layout snapshots: unchanged groups
 * are shared between snapshots, so a step costs memory in proportion to the groups it touched.
 * History is bounded by a step count and by a budget of retained channel copies, whichever bites
 * first, so renumbering a 100k-channel layout fifty times cannot exhaust the heap. Not thread-safe:
 * drive it from one thread (the UI thread), hand snapshots from {@link #layout()} to others.
 */
public final class LayoutEditor {
    public static final int DEFAULT_MAX_STEPS = 200;
    public static final long DEFAULT_MAX_RETAINED_CHANNELS = 1_000_000;

    private final int maxSteps;
    private final long maxRetainedChannels;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<LayoutListener> listeners = new CopyOnWriteArrayList<>();
    private Layout current;
    private long version;
    private long retained;
    private SearchIndex index;

    /** A history entry: the layout before and after a described edit, and what it cost to keep. */
    private record Step(String description, Layout before, Layout after, long cost) {
    }

    public LayoutEditor(Layout initial) {
        this(initial, DEFAULT_MAX_STEPS, DEFAULT_MAX_RETAINED_CHANNELS);
    }

    public LayoutEditor(Layout initial, int maxSteps, long maxRetainedChannels) {
        if (maxSteps < 1 || maxRetainedChannels < 1) {
            throw new IllegalArgumentException("history bounds must be positive");
        }
        this.current = Objects.requireNonNull(initial, "initial");
        this.maxSteps = maxSteps;
        this.maxRetainedChannels = maxRetainedChannels;
    }

    public Layout layout() {
        return current;
    }

    /** Increases with every change (edit, undo, redo, reset); caches such as a search index key on it. */
    public long version() {
        return version;
    }

    /** Applies one edit as one undoable step. Returns false (and records nothing) if nothing changed. */
    public boolean apply(LayoutEdit edit) {
        Layout next = edit.apply(current);
        if (next == current || next.equals(current)) {
            return false;
        }
        Step step = new Step(edit.description(), current, next, cost(current, next));
        redo.clear();
        undo.push(step);
        retained = undo.stream().mapToLong(Step::cost).sum();
        trim();
        change(next, edit.description());
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would revert, for the menu label. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public int undoDepth() {
        return undo.size();
    }

    public boolean undo() {
        Step step = undo.poll();
        if (step == null) {
            return false;
        }
        retained -= step.cost();
        redo.push(step);
        change(step.before(), "Undo " + step.description());
        return true;
    }

    public boolean redo() {
        Step step = redo.poll();
        if (step == null) {
            return false;
        }
        undo.push(step);
        retained += step.cost();
        trim();
        change(step.after(), "Redo " + step.description());
        return true;
    }

    /** Replaces the layout (e.g. after import or reload) and forgets the history. */
    public void reset(Layout layout) {
        undo.clear();
        redo.clear();
        retained = 0;
        change(Objects.requireNonNull(layout, "layout"), "Reset");
    }

    /**
     * The search index of the current layout, built on first use after a change and updated from the
     * previous one, so only channels an edit touched are normalized again.
     */
    public SearchIndex searchIndex() {
        if (index == null) {
            index = SearchIndex.build(current);
        } else if (index.layout() != current) {
            index = index.update(current);
        }
        return index;
    }

    public void addListener(LayoutListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(LayoutListener l) {
        listeners.remove(l);
    }

    private void change(Layout next, String description) {
        current = next;
        version++;
        for (LayoutListener l : listeners) {
            l.layoutChanged(next, description);
        }
    }

    /** Drops the oldest steps while over either bound; the newest step is always kept. */
    private void trim() {
        while (undo.size() > 1 && (undo.size() > maxSteps || retained > maxRetainedChannels)) {
            retained -= undo.removeLast().cost();
        }
    }

    /** Channels held only because of this step: those in groups of {@code after} not shared with {@code before}. */
    private static long cost(Layout before, Layout after) {
        Set<List<?>> old = Collections.newSetFromMap(new IdentityHashMap<>());
        for (LayoutGroup g : before.groups()) {
            old.add(g.channels());
        }
        long cost = 1;
        for (LayoutGroup g : after.groups()) {
            if (!old.contains(g.channels())) {
                cost += g.channels().size();
            }
        }
        return cost;
    }
}
