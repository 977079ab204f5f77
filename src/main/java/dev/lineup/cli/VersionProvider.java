package dev.lineup.cli;

import dev.lineup.service.common.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code lineup --version}: the version the Maven build wrote into the jar. */
public final class VersionProvider implements IVersionProvider {
    /** The one line {@code --version} prints; {@code Main} prints it too, without building the command line. */
    public static String line() {
        return "Lineup " + AppInfo.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }
}
