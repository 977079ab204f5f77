package dev.lineup.m3u;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects issues up to a bound: a 500k-line file of garbage must not fill the heap with issue records. */
final class IssueLog {
    static final int MAX_KEPT = 1000;

    private final String sourceName;
    private final List<M3uIssue> kept = new ArrayList<>();
    private int dropped;
    private int lastDroppedLine;

    IssueLog(String sourceName) {
        this.sourceName = sourceName;
    }

    void add(int line, String message) {
        if (kept.size() < MAX_KEPT) {
            kept.add(new M3uIssue(sourceName, line, message));
        } else {
            dropped++;
            lastDroppedLine = line;
        }
    }

    /** In the order of the file's lines (an entry without a URL is only found at the next entry's line). */
    List<M3uIssue> list() {
        List<M3uIssue> all = new ArrayList<>(kept);
        all.sort(Comparator.comparingInt(M3uIssue::line));
        if (dropped == 0) {
            return List.copyOf(all);
        }
        all.add(new M3uIssue(sourceName, lastDroppedLine, dropped + " more issues not listed (only the first "
                + MAX_KEPT + " are kept)"));
        return List.copyOf(all);
    }
}
