package dev.lineup.model;

import java.time.Instant;
import java.util.List;

/**
 * Publish problems of one target that stopped: when (the publish that went through), which target, the kinds
 * fixed (their code names, e.g. {@code LeaseHeld}) and how, in words ("the recovery wizard: took over the lock").
 */
public record ProblemFix(Instant at, String target, List<String> kinds, String how) {
    public ProblemFix {
        kinds = List.copyOf(kinds);
    }
}
