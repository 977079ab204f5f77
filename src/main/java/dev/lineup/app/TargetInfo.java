package dev.lineup.app;

/**
 * A publish target as the Publish screen lists it. {@code account} is the provider's account id of the
 * sign-in (never a token), null when unknown or not signed in.
 */
public record TargetInfo(String name, String kind, String folder, boolean signedIn, String account) {
    public boolean cloud() {
        return !TargetSettings.LOCAL.equals(kind);
    }

    /** e.g. "Dropbox /IPTV · signed in as dbid:123", "Local folder /home/me/published". */
    public String describe() {
        String where = (TargetSettings.DROPBOX.equals(kind) ? "Dropbox " : TargetSettings.GDRIVE.equals(kind)
                ? "Google Drive " : "Local folder ") + folder;
        if (!cloud()) {
            return where;
        }
        return where + (signedIn ? " · signed in" + (account == null ? "" : " as " + account) : " · not signed in");
    }
}
