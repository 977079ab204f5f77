/**
 * Background work, once: the one progress type ({@link dev.lineup.task.Progress}), the one cancel type
 * ({@link dev.lineup.task.Cancellation}), the task executor view models use ({@link dev.lineup.task.TaskExecutor},
 * with {@link dev.lineup.task.SameThreadTaskExecutor} for tests) and the named thread pools. Depends on nothing
 * of ours and not on JavaFX.
 */
package dev.lineup.task;
