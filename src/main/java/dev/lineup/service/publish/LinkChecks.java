package dev.lineup.service.publish;

import dev.lineup.task.Cancellation;
import dev.lineup.http.HttpClients;
import dev.lineup.output.Manifest;
import dev.lineup.store.Settings;
import dev.lineup.sync.LinkVerdict;
import dev.lineup.sync.PlayerLinkCheck;
import dev.lineup.sync.PublishReport;
import dev.lineup.sync.StagedFolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player's-eye check after a publish ({@link PlayerLinkCheck}) of every file a player loads (not the
 * folder index): on unless setting {@value Settings#CHECK_LINKS} is "false" or the caller skips it. Each
 * link is bounded by {@link #PER_LINK}; a failure is reported, never thrown: the publish itself went out.
 */
final class LinkChecks {
    static final Duration PER_LINK = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(LinkChecks.class);

    private LinkChecks() {
    }

    /** A publish's result and what it published (the index entries the check compares with). */
    record Published(PublishResult result, StagedFolder staged) {
    }

    /** {@code published}'s result with the check of its links, unless setting {@value Settings#CHECK_LINKS} is off. */
    static PublishResult after(Settings settings, boolean wanted, Published published, Cancellation cancel) {
        PublishResult r = published.result();
        if (!wanted || !enabled(settings)) {
            return r;
        }
        return new PublishResult(r.layouts(), r.target(), r.report(), run(settings, published.staged(), r.report(),
                cancel));
    }

    static boolean enabled(Settings settings) {
        return !"false".equalsIgnoreCase(settings.get(Settings.CHECK_LINKS).orElse("true").strip());
    }

    static List<LinkVerdict> run(Settings settings, StagedFolder staged, PublishReport report, Cancellation cancel) {
        Map<String, StagedFolder.Entry> index = new HashMap<>();
        staged.files().forEach(e -> index.put(e.name(), e));
        List<PlayerLinkCheck.Expected> files = new ArrayList<>();
        for (PublishReport.FileResult f : report.files()) {
            StagedFolder.Entry e = index.get(f.name());
            if (e != null && !f.name().equals(Manifest.FILE_NAME)) {
                files.add(new PlayerLinkCheck.Expected(f.name(), f.shareLink(), e.size(), e.sha256(), f.uploaded()));
            }
        }
        PlayerLinkCheck check = new PlayerLinkCheck(HttpClients.builder(settings.httpOptions()), PER_LINK);
        List<LinkVerdict> verdicts = check.check(files, cancel == null ? Cancellation.none() : cancel);
        verdicts.stream().filter(v -> !v.playable())
                .forEach(v -> LOG.warn("link check of {}: {}", v.file(), v.problem()));
        return verdicts;
    }
}
