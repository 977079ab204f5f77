package dev.lineup.service.common;

/** Thrown by a service that noticed its caller cancelled; not an error the user needs to see. */
public class TaskCancelledException extends RuntimeException {
    public TaskCancelledException() {
        super("cancelled");
    }
}
