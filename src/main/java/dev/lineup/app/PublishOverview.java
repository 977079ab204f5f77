package dev.lineup.app;

import java.util.List;
import java.util.Optional;

/** What the Publish and History screens show: whether publishing is possible, and past runs. */
public interface PublishOverview {
    /** Empty when layouts can be published; else why not, in words for the user. */
    Optional<String> unavailableReason();

    /** Past publish and output runs, newest first. */
    List<PublishRecord> history();
}
