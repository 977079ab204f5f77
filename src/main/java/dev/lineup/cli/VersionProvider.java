package dev.lineup.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = LineupCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Lineup " + (v == null ? "dev" : v)};
    }
}
