package dev.lineup.sync;

import dev.lineup.model.Role;

/** Publishing was asked of a secondary installation; only a primary takes the lease and writes. */
public class NotPrimaryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Role role;

    public NotPrimaryException(Role role) {
        super("this installation is " + role.word() + ": only a primary publishes (and takes the lease); "
                + "make it primary with `lineup init --role primary` or publish from the primary");
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
