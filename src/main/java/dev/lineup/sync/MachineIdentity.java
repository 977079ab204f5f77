package dev.lineup.sync;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable id of this computer for the lease's "same machine, dead process" rule: {@code /etc/machine-id}
 * (Linux), the Windows MachineGuid, the macOS IOPlatformUUID; the host name only when it resolved. Empty
 * when none is known, and an empty id never matches anything, so two computers whose names did not
 * resolve can never mistake each other's live lease for a dead local one.
 */
public final class MachineIdentity {
    /** Overrides the id (tests run several "computers" on one machine). */
    public static final String PROPERTY = "lineup.machine-id";
    private static volatile String cached;

    private MachineIdentity() {
    }

    public static String current() {
        String override = System.getProperty(PROPERTY);
        if (override != null) {
            return override.trim();
        }
        String c = cached;
        if (c == null) {
            c = detect();
            cached = c;
        }
        return c;
    }

    /** Whether two ids name the same computer: equal and both known. */
    public static boolean same(String a, String b) {
        return a != null && !a.isBlank() && a.equals(b);
    }

    private static String detect() {
        for (String p : new String[] {"/etc/machine-id", "/var/lib/dbus/machine-id"}) {
            String id = readFirstLine(Path.of(p));
            if (!id.isEmpty()) {
                return "machine-id:" + id;
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String out = run("reg", "query", "HKLM\\SOFTWARE\\Microsoft\\Cryptography", "/v", "MachineGuid");
            Matcher m = Pattern.compile("MachineGuid\\s+REG_SZ\\s+(\\S+)").matcher(out);
            if (m.find()) {
                return "machine-guid:" + m.group(1);
            }
        } else if (os.contains("mac")) {
            Matcher m = Pattern.compile("\"IOPlatformUUID\" = \"([^\"]+)\"")
                    .matcher(run("ioreg", "-rd1", "-c", "IOPlatformExpertDevice"));
            if (m.find()) {
                return "platform-uuid:" + m.group(1);
            }
        }
        try {
            return "host:" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "";
        }
    }

    private static String readFirstLine(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.US_ASCII).trim();
            return s.matches("[0-9a-fA-F-]{16,64}") ? s : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
