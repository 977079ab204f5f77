package dev.lineup.layout;

import dev.lineup.model.Layout;
import java.util.List;

/**
 * A numbered layout with what the user should look at: groups whose numbers ran into the next
 * group's range, and numbers now used by more than one visible channel.
 */
public record NumberingResult(Layout layout, List<Overflow> overflows, List<DuplicateNumber> duplicates) {
    public NumberingResult {
        overflows = List.copyOf(overflows);
        duplicates = List.copyOf(duplicates);
    }

    /** Group {@code group} was numbered up to {@code lastNumber}, reaching {@code nextGroup} which starts at {@code nextStart}. */
    public record Overflow(String group, int lastNumber, String nextGroup, int nextStart) {
        @Override
        public String toString() {
            return "group '" + group + "' runs to " + lastNumber + ", into '" + nextGroup + "' which starts at " + nextStart;
        }
    }

    /** A number used by several visible channels (distinct source keys), in layout order. */
    public record DuplicateNumber(int number, List<String> sourceKeys) {
        public DuplicateNumber {
            sourceKeys = List.copyOf(sourceKeys);
        }
    }
}
