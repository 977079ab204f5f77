package dev.lineup.service.settings;

/** This installation's name and role (primary, secondary-local, secondary-mirror), shown in the status bar. */
public record InstallationInfo(String name, String role) {
}
