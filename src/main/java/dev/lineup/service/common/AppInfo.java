package dev.lineup.service.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the app says about itself: the version the Maven build wrote into {@code version.properties},
 * where its log is, and the licences of the libraries it bundles (listed at build time from their POMs).
 */
public final class AppInfo {
    /** Shown by a build whose resources were not filtered (an IDE run straight from the sources). */
    public static final String UNKNOWN_VERSION = "dev";
    private static final String THIRD_PARTY = "/lineup-third-party.txt";
    private static volatile String version;

    private AppInfo() {
    }

    /** The build's version, e.g. {@code 0.1.0-SNAPSHOT}; read once. */
    public static String version() {
        String v = version;
        if (v == null) {
            v = readVersion();
            version = v;
        }
        return v;
    }

    /** The desktop app's log of this run ({@code DATA/logs/lineup.log}; the previous run's is {@code .1}). */
    public static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("lineup.log");
    }

    /**
     * The bundled libraries and their licences, one a line, as the build listed them; a line saying so
     * when the list is missing (a build from an IDE).
     */
    public static String thirdPartyLicences() {
        try (InputStream in = AppInfo.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) {
                return "The list of bundled libraries is made by the Maven build; this build has none.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "The list of bundled libraries cannot be read: " + e.getMessage();
        }
    }

    /** The Java runtime running the app, e.g. "Java 17.0.15 (Debian)", for About and bug reports. */
    public static String runtime() {
        return "Java " + System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")";
    }

    /** A path as a {@code file:} URI string, for the desktop's "open" (the UI may not use java.net). */
    public static String uriOf(Path path) {
        return path.toAbsolutePath().toUri().toString();
    }

    private static String readVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN_VERSION;
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? UNKNOWN_VERSION : v;
        } catch (IOException e) {
            return UNKNOWN_VERSION;
        }
    }
}
