package dev.lineup.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files whose bytes name other files' share links: a playlist naming its guide's link. A cloud folder makes a
 * link only for a file that exists, so the publisher uploads such files last, once the others are up and
 * their links known, and lets them be rewritten to name those links first. That way a first publish already
 * carries the right links, and the next one, rendered with them, finds nothing to upload.
 */
public interface LinkNaming {
    /** Nothing names links: every file is published as staged. */
    LinkNaming NONE = new LinkNaming() {
        @Override
        public boolean namesLinks(String file) {
            return false;
        }

        @Override
        public Optional<StagedFolder.Entry> name(String file, Map<String, String> shareLinks) {
            return Optional.empty();
        }
    };

    /** Whether {@code file} names other files' links (then it is published after them). */
    boolean namesLinks(String file);

    /**
     * {@code file} rewritten to name the links of the files published so far ({@code shareLinks}: file name
     * to link), as the entry to publish instead (same name); empty: publish it as staged.
     */
    Optional<StagedFolder.Entry> name(String file, Map<String, String> shareLinks) throws IOException;

    /** {@code files} in publishing order: files that name links after the others, otherwise as staged. */
    default List<StagedFolder.Entry> order(List<StagedFolder.Entry> files) {
        List<StagedFolder.Entry> first = new ArrayList<>();
        List<StagedFolder.Entry> last = new ArrayList<>();
        for (StagedFolder.Entry e : files) {
            (namesLinks(e.name()) ? last : first).add(e);
        }
        first.addAll(last);
        return first;
    }
}
