package dev.lineup.service.publish;

import dev.lineup.service.common.StandardProviders;

/**
 * A publish target as the Publish screen lists it. {@code account} is the provider's account id of the
 * sign-in (never a token), null when unknown or not signed in. {@code lastCheck} (null: none yet) is what
 * the provider said the last time the sign-in was used, so a revoked token is not shown as signed in.
 * {@code tokenOnly}: added with a bare token (no app key / client id), so it signs in with a pasted token.
 */
public record TargetInfo(String name, String kind, String folder, boolean signedIn, String account,
                         SignIns.Check lastCheck, boolean tokenOnly) {
    public TargetInfo(String name, String kind, String folder, boolean signedIn, String account) {
        this(name, kind, folder, signedIn, account, null, false);
    }

    public boolean cloud() {
        return StandardProviders.registry().get(kind).signsIn();
    }

    /** Signed in, and the provider did not refuse the sign-in the last time it was used. */
    public boolean signInWorks() {
        return signedIn && (lastCheck == null || lastCheck.ok());
    }

    /** e.g. "Dropbox /IPTV · signed in as dbid:123", "Local folder /home/me/published". */
    public String describe() {
        String where = StandardProviders.registry().get(kind).label() + " " + folder;
        if (!cloud()) {
            return where;
        }
        if (signedIn && lastCheck != null && !lastCheck.ok()) {
            return where + " · sign-in refused (" + lastCheck.result() + " at " + lastCheck.at() + "): sign in again";
        }
        return where + (signedIn ? " · signed in" + (account == null ? "" : " as " + account) : " · not signed in");
    }
}
