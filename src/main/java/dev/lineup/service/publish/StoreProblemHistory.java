package dev.lineup.service.publish;

import dev.lineup.model.ProblemRecord;
import dev.lineup.store.ProblemStore;
import dev.lineup.sync.ProblemHistory;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import dev.lineup.sync.SyncProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The problem history in the database: each problem is kept as its CLI line ({@code KIND: facts}) with
 * its facts; read back, it carries the kind's summary and default actions again.
 */
public final class StoreProblemHistory implements ProblemHistory {
    private final ProblemStore problems;

    public StoreProblemHistory(ProblemStore problems) {
        this.problems = problems;
    }

    @Override
    public void record(SyncProblem p) {
        problems.record(new ProblemRecord(p.at() == null ? Instant.now() : p.at(), p.target(), p.kind().label(),
                p.cliLine(), p.facts()));
    }

    @Override
    public List<SyncProblem> recent(int limit) {
        List<SyncProblem> out = new ArrayList<>();
        for (ProblemRecord r : problems.recent(limit)) {
            ProblemKind kind = kindOf(r.kind());
            String prefix = kind.label() + ": ";
            String line = r.summary().startsWith(prefix) ? r.summary().substring(prefix.length()) : r.summary();
            out.add(SyncProblem.of(new SyncException(kind, line, r.facts(), null, null), r.target(), r.at()));
        }
        return out;
    }

    @Override
    public Map<ProblemKind, Long> counts() {
        Map<ProblemKind, Long> out = new EnumMap<>(ProblemKind.class);
        problems.countsSince(Instant.EPOCH).forEach((k, n) -> out.merge(kindOf(k), n.longValue(), Long::sum));
        return out;
    }

    /** A kind written by a newer version that this one does not know reads as BadRequest, not as a crash. */
    private static ProblemKind kindOf(String label) {
        for (ProblemKind k : ProblemKind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return ProblemKind.BAD_REQUEST;
    }
}
