package dev.lineup.sync;

/**
 * The fixes the recovery wizard offers, declared in DESIGN.md's order (close the other instance, delete a
 * stale lock, reauthorize, re-output, clean slate, make this instance secondary, use a separate folder),
 * with the per-kind choices of the problem table slotted in. {@link SyncProblem#actions()} lists them in
 * this order. {@link RecoveryActions} performs them.
 */
public enum RecoveryAction {
    WAIT_AND_RETRY("Wait for the other installation to finish (or close it), then retry"),
    TAKE_OVER_STALE("Delete the stale lock and publish"),
    FORCE_TAKEOVER("Take the lock from the running installation (it will stop publishing)"),
    REAUTHORIZE("Sign in again"),
    OVERWRITE("Overwrite their change"),
    KEEP_THEIRS("Keep their version"),
    PUBLISH_UNDER_OTHER_NAME("Publish this layout under another name"),
    TAKE_OVER_LAYOUT("Take the layout over (this installation becomes its owner)"),
    RE_OUTPUT("Render the output again and publish it"),
    OPEN_PROVIDER_PAGE("Open the provider's page"),
    CLEAN_SLATE("Delete everything in the remote folder and publish again"),
    MAKE_SECONDARY("Make this installation a secondary"),
    USE_SEPARATE_FOLDER("Publish to a separate folder"),
    CANCEL("Cancel");

    private final String label;

    RecoveryAction(String label) {
        this.label = label;
    }

    /** The button text. */
    public String label() {
        return label;
    }
}
