package dev.lineup.service.library;

import dev.lineup.task.TaskContext;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The user's sources as the desktop app sees them: what there is, and each source's channels. */
public interface LibraryService {
    List<SourceSummary> sources();

    /** Reads (or returns the already read) channels of {@code source}; may take seconds on a big playlist. */
    SourceCatalog catalog(String source, TaskContext progress) throws IOException;

    /** Keys of channels the providers no longer list, kept in layouts as "removed by provider". */
    Set<String> removedKeys();

    /** Empty when sources can be added, edited and refreshed; else why not, in words for the user. */
    Optional<String> editingUnavailableReason();
}
