package dev.lineup.sync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Who holds a lease: the {@code owner} object of {@code lockfile.json}. {@code instanceId} is one uuid
 * per installation, {@code instanceName} the name the user gave it ("Living-room PC").
 */
public record LeaseOwner(String instanceId, String instanceName, String host, String user, long pid,
                         String appVersion) {

    public LeaseOwner {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(instanceName, "instanceName");
        host = host == null ? "" : host;
        user = user == null ? "" : user;
        appVersion = appVersion == null ? "" : appVersion;
    }

    /** This process on this computer. */
    public static LeaseOwner current(String instanceId, String instanceName, String appVersion) {
        return new LeaseOwner(instanceId, instanceName, localHost(), System.getProperty("user.name", ""),
                ProcessHandle.current().pid(), appVersion);
    }

    /** The host name written into leases; the same spelling is used to recognise "same host". */
    public static String localHost() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return env != null && !env.isBlank() ? env : "unknown-host";
        }
    }
}
