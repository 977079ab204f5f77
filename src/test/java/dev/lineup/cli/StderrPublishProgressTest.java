package dev.lineup.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.sync.PublishEvent;
import dev.lineup.sync.Publisher;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A big upload prints a line per 10 % it crossed; a small file, sent in one request, prints none. */
class StderrPublishProgressTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aBigUploadPrintsOneLinePerTenPercentCrossed() {
        StringWriter out = new StringWriter();
        StderrPublishProgress p = new StderrPublishProgress(new PrintWriter(out));
        p.accept(new PublishEvent.Uploading("family.xml", 40 * MIB));
        for (long sent = 4 * MIB; sent <= 40 * MIB; sent += 4 * MIB) {
            p.update(Publisher.UPLOAD_PHASE, sent, 40 * MIB);
            p.update(Publisher.UPLOAD_PHASE, sent, 40 * MIB); // a repeated count adds nothing
        }
        p.accept(new PublishEvent.Uploading("family.m3u", 1000));
        p.update(Publisher.UPLOAD_PHASE, 1000, 1000);
        assertThat(out.toString().lines()).containsExactly(
                "lineup: uploading family.xml (41943040 bytes)",
                "lineup: family.xml 10 % (4 of 40 MB)", "lineup: family.xml 20 % (8 of 40 MB)",
                "lineup: family.xml 30 % (12 of 40 MB)", "lineup: family.xml 40 % (16 of 40 MB)",
                "lineup: family.xml 50 % (20 of 40 MB)", "lineup: family.xml 60 % (24 of 40 MB)",
                "lineup: family.xml 70 % (28 of 40 MB)", "lineup: family.xml 80 % (32 of 40 MB)",
                "lineup: family.xml 90 % (36 of 40 MB)", "lineup: family.xml 100 % (40 of 40 MB)",
                "lineup: uploading family.m3u (1000 bytes)");
    }
}
