package dev.lineup.m3u;

/**
 * Something the reader skipped or could not use, with the line where it happened. Messages describe the problem
 * and never repeat the line's text: a URL line may carry credentials.
 */
public record M3uIssue(String sourceName, int line, String message) {
    @Override
    public String toString() {
        return sourceName + ", line " + line + ": " + message;
    }
}
