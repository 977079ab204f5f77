package dev.lineup.layout;

/**
 * How {@link Numbering} assigns numbers.
 *
 * @param compact      true: consecutive numbers from the start; false: the gaps between the channels'
 *                     current numbers are kept (101, 105, 110 renumbered from 201 gives 201, 205, 210)
 * @param skipHidden   hidden channels (or channels of a hidden group) lose their number and use none
 * @param keepExisting channels that already have a number keep it; the others get free numbers around them
 */
public record NumberingOptions(boolean compact, boolean skipHidden, boolean keepExisting) {
    public static final NumberingOptions DEFAULT = new NumberingOptions(true, true, false);
}
