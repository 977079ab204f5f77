package dev.lineup.app;

import java.util.List;
import java.util.Optional;

/** Output and publishing of layouts, and their history. */
public interface PublishService {
    /** Empty when layouts can be published; else why not, in words for the user. */
    Optional<String> unavailableReason();

    /** Past publish and output runs, newest first. */
    List<PublishRecord> history();
}
