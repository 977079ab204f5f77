package dev.lineup.ui.layouteditor;

import dev.lineup.layout.ProviderResets.Field;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * An editable text cell that shows whether its value is the provider's (pseudo-class {@code from-provider}:
 * grey italics in the editor's style sheet, with a tooltip) or the user's own (a tooltip naming the
 * provider's value, which "Reset to provider value" puts back).
 */
final class ProviderAwareCell extends TextFieldTableCell<ChannelRow, String> {
    static final PseudoClass FROM_PROVIDER = PseudoClass.getPseudoClass("from-provider");
    private final Field field;
    private final String providerTip;
    /** One tooltip per cell, its text changed as the cell is reused (scrolling 100k rows makes no garbage). */
    private final Tooltip tooltip = new Tooltip();

    /** @param field null for the guide column: an unmapped channel's guide id is its tvg-id, shown as such */
    ProviderAwareCell(Field field, String providerTip) {
        super(new DefaultStringConverter());
        this.field = field;
        this.providerTip = providerTip;
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
                tip = fromProvider ? "Not mapped: players look up this channel's tvg-id in the guide." : null;
            } else if (row.fromProvider(field)) {
                // Names stay plain (greying every provider name would grey the whole table): the tooltip says it.
                fromProvider = field != Field.NAME;
                tip = providerTip;
            } else if (row.provider() != null) {
                String theirs = providersValue(row);
                tip = "Your own " + field.label() + ". The provider's: "
                        + (theirs == null || theirs.isEmpty() ? "none" : theirs)
                        + " (right-click → Reset to provider value).";
            }
        }
        pseudoClassStateChanged(FROM_PROVIDER, fromProvider);
        if (tip != null) {
            tooltip.setText(tip);
        }
        Tooltip wanted = tip == null ? null : tooltip;
        if (getTooltip() != wanted) {
            setTooltip(wanted);
        }
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
