package dev.lineup.source;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * What a failed refresh says in a source's status (Sources screen, {@code source list}): the JDK's own
 * messages for common failures are just a path or a host name, which reads as if nothing went wrong.
 */
final class FailureText {
    private FailureText() {
    }

    static String of(Throwable e) {
        String m = e.getMessage();
        if (e instanceof NoSuchFileException) {
            return m + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return m + ": permission denied";
        }
        if (e instanceof UnknownHostException) {
            return m + ": unknown host (offline, or a typo in the address?)";
        }
        if (e instanceof SocketTimeoutException) {
            return "the provider did not answer in time" + (m == null ? "" : " (" + m + ")");
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
