package dev.lineup.service.publish;

import java.util.List;
import java.util.NoSuchElementException;

/** No target of that name: the message names the ones there are. */
public final class UnknownTargetException extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    public UnknownTargetException(String name, List<String> known) {
        super("no target named \"" + name + "\" (targets: " + known + ")");
    }
}
