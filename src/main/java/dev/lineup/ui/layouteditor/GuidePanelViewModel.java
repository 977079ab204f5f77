package dev.lineup.ui.layouteditor;

import dev.lineup.service.layouts.GuideEntry;
import dev.lineup.service.layouts.GuideService;
import dev.lineup.layout.ChannelEdits;
import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.epg.GuideProposal;
import dev.lineup.model.LayoutChannel;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import dev.lineup.xmltv.GuideProgramme;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The guide mapping panel: for the editor's current channel, ranked suggestions with confidence and
 * reason, a search over every guide source's channels, and what is on now and next on the previewed
 * guide channel (the one picked in a list, else the channel's own). Picking maps the channel as one
 * undoable edit, with the suggested shift for a "+1" channel.
 */
public final class GuidePanelViewModel {
    static final int MAX_RESULTS = 200;
    private final GuideService guides;
    private final LayoutEditorViewModel editor;
    private final TaskExecutor tasks;
    private final DateTimeFormatter hhmm;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<GuideEntry> results = FXCollections.observableArrayList();
    private final ObservableList<GuideProposal> suggestions = FXCollections.observableArrayList();
    private final StringProperty mapping = new SimpleStringProperty(Texts.get("editor.guide.select"));
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty previewed = new SimpleStringProperty();
    private int searchSeq;
    private int previewSeq;
    /** The reason of the suggestion being previewed, shown under its now/next; null for a searched channel. */
    private String previewWhy;

    public GuidePanelViewModel(GuideService guides, LayoutEditorViewModel editor, TaskExecutor tasks) {
        this.guides = guides;
        this.editor = editor;
        this.tasks = tasks;
        this.hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(guides.clock().getZone());
        editor.currentRowProperty().addListener((o, a, b) -> channelChanged(a, b));
        query.addListener(o -> search());
        previewed.addListener((o, a, b) -> loadPreview(b));
    }

    private void channelChanged(ChannelRow before, ChannelRow row) {
        if (row == null) {
            mapping.set(Texts.get("editor.guide.select"));
            suggestions.clear();
            previewed.set(null);
            return;
        }
        LayoutChannel c = row.channel();
        // Without a chosen guide, the output follows the channel's tvg-id (what players and health see too).
        String effective = c.guideChannel() != null ? c.guideChannel() : blankToNull(c.tvgId());
        if (c.guideChannel() != null) {
            mapping.set(Texts.get("editor.guide.uses", c.name(), c.guideChannel(), shiftText(c.shiftHours())));
        } else if (effective != null) {
            mapping.set(Texts.get("editor.guide.follows-tvg-id", c.name(), effective, shiftText(c.shiftHours())));
        } else {
            mapping.set(Texts.get("editor.guide.none", c.name()));
        }
        previewWhy = null;
        previewed.set(null);
        previewed.set(effective);
        if (before != null && before.key().equals(row.key())) {
            return; // the same channel after an edit: suggestions do not change
        }
        String name = c.name();
        String tvg = c.tvgId();
        String group = row.group();
        tasks.run(Texts.get("editor.task.suggest-guides"), ctx -> guides.suggestions(name, tvg, group)).onSuccess(list -> {
            ChannelRow now = editor.currentRowProperty().get();
            if (now != null && now.key().equals(row.key())) {
                suggestions.setAll(list);
            }
        }).start();
    }

    /** Searches the guide channels for the query (all channels, up to a limit, when empty). */
    public void search() {
        int seq = ++searchSeq;
        String q = query.get();
        tasks.run(Texts.get("editor.task.search-guides"), ctx -> guides.search(q, MAX_RESULTS)).onSuccess(list -> {
            if (seq == searchSeq) {
                results.setAll(list);
            }
        }).start();
    }

    private void loadPreview(String guideId) {
        int seq = ++previewSeq;
        if (guideId == null) {
            preview.set("");
            return;
        }
        String why = previewWhy;
        tasks.run(Texts.get("editor.task.read-guide", guideId), ctx -> guides.nowAndNext(guideId)).onSuccess(list -> {
            if (seq == previewSeq) {
                preview.set(previewText(guideId, list) + (why == null ? "" : "\n" + Texts.get("editor.guide.why", why)));
            }
        }).start();
    }

    String previewText(String guideId, List<GuideProgramme> list) {
        if (list.isEmpty()) {
            return Texts.get("editor.guide.nothing-now", guideId);
        }
        StringBuilder b = new StringBuilder(guideId);
        for (GuideProgramme p : list) {
            boolean now = !p.start().isAfter(guides.clock().instant());
            b.append('\n').append(now ? "Now  " : "Next ").append(hhmm.format(p.start()))
                    .append(p.stop() == null ? "" : "–" + hhmm.format(p.stop())).append("  ").append(p.title());
        }
        return b.toString();
    }

    /** Shows now/next of {@code guideId} without mapping it. */
    public void previewGuide(String guideId) {
        previewWhy = null;
        previewed.set(null);
        previewed.set(guideId);
    }

    /** Shows now/next of a suggested guide channel with the evidence for it (name, country, feed, shift). */
    public void previewSuggestion(GuideProposal p) {
        previewWhy = p.reason();
        previewed.set(null);
        previewed.set(p.guideId());
    }

    /** Maps the current channel to {@code guideId} with a time shift of {@code shiftHours}: one undo step. */
    public void pick(String guideId, int shiftHours) {
        ChannelRow row = editor.currentRowProperty().get();
        if (row == null || guideId == null) {
            return;
        }
        String key = row.key();
        LayoutEdit map = ChannelEdits.setGuideChannel(key, guideId);
        LayoutEdit shift = ChannelEdits.setShift(List.of(key), shiftHours);
        editor.apply(LayoutEdit.of(map.description() + shiftText(shiftHours), l -> shift.apply(map.apply(l))));
    }

    public void unmap() {
        ChannelRow row = editor.currentRowProperty().get();
        if (row != null) {
            editor.apply(ChannelEdits.setGuideChannel(row.key(), null));
        }
    }

    static String shiftText(double hours) {
        if (hours == 0) {
            return "";
        }
        return hours == Math.rint(hours) ? String.format(" (%+d h)", (long) hours) : String.format(" (%+.1f h)", hours);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<GuideEntry> results() {
        return results;
    }

    public ObservableList<GuideProposal> suggestions() {
        return suggestions;
    }

    public StringProperty mappingProperty() {
        return mapping;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
