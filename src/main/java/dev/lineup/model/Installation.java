package dev.lineup.model;

/** This installation: a uuid made once by {@code init}, the user's name for it, and its publish role. */
public record Installation(String id, String name, Role role) {
}
