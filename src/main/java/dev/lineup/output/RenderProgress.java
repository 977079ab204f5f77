package dev.lineup.output;

/** Progress of a render; {@code total} is -1 when unknown. Called from the rendering thread. */
@FunctionalInterface
public interface RenderProgress {
    RenderProgress NONE = (phase, done, total) -> { };

    void update(String phase, long done, long total);
}
