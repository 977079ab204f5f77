package dev.lineup.app;

import java.util.List;
import java.util.Optional;

/**
 * The publish service of a build without the output and sync engines: it publishes nothing and says
 * so, so the Publish screen shows the reason instead of buttons that would do nothing.
 */
public final class UnavailablePublishService implements PublishOverview {
    @Override
    public Optional<String> unavailableReason() {
        return Optional.of("Publishing needs the output and publish engines, which this build does not include yet. "
                + "Layouts are saved as you edit them and can be exported as layout JSON from the File menu.");
    }

    @Override
    public List<PublishRecord> history() {
        return List.of();
    }
}
