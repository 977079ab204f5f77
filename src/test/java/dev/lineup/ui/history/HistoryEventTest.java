package dev.lineup.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.service.publish.PublishRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed publish reads as a sentence in History, not as the problem's code name. */
class HistoryEventTest {
    @Test
    void aFailedPublishNamesItsProblemInWords() {
        HistoryEvent e = HistoryEvent.of(new PublishRecord(Instant.EPOCH, "Family", "box", 0,
                "LeaseHeld: held by \"Office PC\"", "desktop", List.of()));
        assertThat(e.what()).isEqualTo("Another computer is publishing: held by \"Office PC\"");
        assertThat(e.subject()).isEqualTo("Family to box");
        assertThat(HistoryEvent.outcomeInWords("published: 3 uploaded")).isEqualTo("published: 3 uploaded");
    }
}
