package dev.lineup.ui.layouteditor;

import dev.lineup.layout.LayoutEdit;
import dev.lineup.layout.TimingChange;
import dev.lineup.layout.TimingEdits;
import dev.lineup.model.Catchup;
import dev.lineup.ui.common.Texts;
import java.util.List;

/**
 * What the "Time shift and catch-up" dialog asks, turned into one undoable edit. Plain Java so the
 * rules (what each choice means, which numbers are accepted) hold without a window.
 */
final class TimingForm {
    enum Scope { SELECTION, GROUP, SOURCE, PLAYLIST }

    enum ShiftChoice {
        KEEP("editor.timing.keep"), CLEAR("editor.timing.clear"), SET("editor.timing.shift-by");

        final String label;

        ShiftChoice(String key) {
            this.label = Texts.get(key);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    enum CatchupChoice {
        KEEP("editor.timing.keep"), CLEAR("editor.timing.clear"), PROVIDER("editor.timing.provider"), OFF("editor.timing.off"),
        ON("editor.timing.on");

        final String label;

        CatchupChoice(String key) {
            this.label = Texts.get(key);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private TimingForm() {
    }

    /**
     * The edit the answers ask for. {@link IllegalArgumentException} with a sentence for the user when an
     * answer is not usable (hours or days that are not numbers, nothing chosen, nothing to change).
     */
    static LayoutEdit edit(Scope scope, List<String> selectedKeys, String group, String source, ShiftChoice shift,
                           String hours, CatchupChoice catchup, String days, String type, String catchupSource) {
        TimingChange change = change(shift, hours, catchup, days, type, catchupSource);
        if (change.changesNothing()) {
            throw new IllegalArgumentException(Texts.get("editor.timing.nothing"));
        }
        return switch (scope) {
            case SELECTION -> {
                if (selectedKeys.isEmpty()) {
                    throw new IllegalArgumentException(Texts.get("editor.timing.select-first"));
                }
                yield TimingEdits.forChannels(selectedKeys, change);
            }
            case GROUP -> TimingEdits.forGroups(List.of(required(group, Texts.get("editor.timing.choose-group"))), change);
            case SOURCE -> TimingEdits.forSource(required(source, Texts.get("editor.timing.choose-source")), change);
            case PLAYLIST -> TimingEdits.forPlaylist(change);
        };
    }

    static TimingChange change(ShiftChoice shift, String hours, CatchupChoice catchup, String days, String type,
                               String catchupSource) {
        TimingChange.Action sa = switch (shift) {
            case KEEP -> TimingChange.Action.KEEP;
            case CLEAR -> TimingChange.Action.CLEAR;
            case SET -> TimingChange.Action.SET;
        };
        Double h = shift == ShiftChoice.SET ? number(hours, "A time shift is a number of hours such as 1, -2 or 0.5") : null;
        if (catchup == CatchupChoice.KEEP || catchup == CatchupChoice.CLEAR) {
            return new TimingChange(sa, h, catchup == CatchupChoice.KEEP ? TimingChange.Action.KEEP
                    : TimingChange.Action.CLEAR, null);
        }
        Catchup c = switch (catchup) {
            case PROVIDER -> Catchup.PROVIDER;
            case OFF -> Catchup.OFF;
            default -> Catchup.on(days == null || days.isBlank() ? null
                    : number(days, "Catch-up days is a whole number such as 7").intValue(), type, catchupSource);
        };
        if (catchup == CatchupChoice.ON && c.days() != null && c.days() != Math.rint(number(days, "")) ) {
            throw new IllegalArgumentException("Catch-up days is a whole number such as 7, not '" + days.strip() + "'.");
        }
        return new TimingChange(sa, h, TimingChange.Action.SET, c);
    }

    private static Double number(String text, String sentence) {
        try {
            double d = Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the sentence below says what is expected
        }
        throw new IllegalArgumentException(sentence + ", not '" + (text == null ? "" : text.strip()) + "'.");
    }

    private static String required(String value, String sentence) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(sentence);
        }
        return value;
    }
}
