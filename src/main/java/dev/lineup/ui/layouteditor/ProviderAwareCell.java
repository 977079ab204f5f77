package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ProviderResets.Field;
import dev.lineup.ui.common.FullTextTooltip;
import dev.lineup.ui.common.Texts;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * An editable text cell that shows whether its value is the provider's (pseudo-class {@code from-provider}:
 * grey italics in the editor's style sheet, with a tooltip) or the user's own (a tooltip naming the
 * provider's value, which "Reset to provider value" puts back). A value too long for the column is cut with
 * an ellipsis (in the middle for ids, whose two ends tell them apart) and shown whole in the tooltip.
 */
final class ProviderAwareCell extends TextFieldTableCell<ChannelRow, String> {
    static final PseudoClass FROM_PROVIDER = PseudoClass.getPseudoClass("from-provider");
    private final Field field;
    private final String providerTip;
    private final FullTextTooltip tooltip = new FullTextTooltip(this);

    /**
     * @param field null for the guide column: an unmapped channel's guide id is its tvg-id, shown as such
     * @param cut where a value too long for the column loses its letters
     */
    ProviderAwareCell(Field field, String providerTip, OverrunStyle cut) {
        super(new DefaultStringConverter());
        this.field = field;
        this.providerTip = providerTip;
        setTextOverrun(cut);
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        ChannelRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        boolean fromProvider = false;
        String tip = null;
        if (row != null && item != null && !item.isEmpty()) {
            if (field == null) {
                fromProvider = row.channel().guideChannel() == null;
                tip = fromProvider ? Texts.get("editor.cell.not-mapped") : null;
            } else if (row.fromProvider(field)) {
                // Names stay plain (greying every provider name would grey the whole table): the tooltip says it.
                fromProvider = field != Field.NAME;
                tip = providerTip;
            } else if (row.provider() != null) {
                String theirs = providersValue(row);
                tip = Texts.get("editor.cell.own-value", field.label(),
                        theirs == null || theirs.isEmpty() ? Texts.get("editor.cell.provider-none") : theirs);
            }
        }
        pseudoClassStateChanged(FROM_PROVIDER, fromProvider);
        tooltip.setNote(tip);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        tooltip.refresh(); // the cell knows whether its text is cut only once it is laid out at its column's width
    }

    private String providersValue(ChannelRow row) {
        return switch (field) {
            case NAME -> row.provider().name();
            case NUMBER -> row.provider().number() == null ? null : row.provider().number().toString();
            case LOGO -> row.provider().logo();
            case TVG_ID -> row.provider().tvgId();
        };
    }
}
