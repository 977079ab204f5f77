package dev.lineup.sync;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Who holds a lease: the {@code owner} object of {@code lockfile.json}. {@code instanceId} is one uuid
 * per installation, {@code instanceName} the name the user gave it ("Living-room PC"), {@code machineId}
 * the computer's stable id ({@link MachineIdentity}; empty when unknown, and then never "the same host").
 */
public record LeaseOwner(String instanceId, String instanceName, String host, String user, long pid,
                         String appVersion, String machineId) {

    public LeaseOwner {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(instanceName, "instanceName");
        host = host == null ? "" : host;
        user = user == null ? "" : user;
        appVersion = appVersion == null ? "" : appVersion;
        machineId = machineId == null ? "" : machineId;
    }

    /** An owner without a machine id (written by an older version, or by hand): never "this computer". */
    public LeaseOwner(String instanceId, String instanceName, String host, String user, long pid, String appVersion) {
        this(instanceId, instanceName, host, user, pid, appVersion, "");
    }

    /** This process on this computer. */
    public static LeaseOwner current(String instanceId, String instanceName, String appVersion) {
        return new LeaseOwner(instanceId, instanceName, localHost(), System.getProperty("user.name", ""),
                ProcessHandle.current().pid(), appVersion, MachineIdentity.current());
    }

    /** The same owner on another computer (tests standing for several machines). */
    public LeaseOwner onMachine(String otherHost, String otherMachineId) {
        return new LeaseOwner(instanceId, instanceName, otherHost, user, pid, appVersion, otherMachineId);
    }

    /** The host name written into leases for people to read; "unknown-host" when it did not resolve. */
    public static String localHost() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return env != null && !env.isBlank() ? env : "unknown-host";
        }
    }
}
