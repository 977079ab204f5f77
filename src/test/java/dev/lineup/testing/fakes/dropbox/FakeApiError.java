package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;

/** An error the fake answers with, in Dropbox's wire shape ({@code error_summary} + tagged {@code error}). */
final class FakeApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String summary;
    final transient JsonNode error;

    FakeApiError(int status, String summary, JsonNode error) {
        super(summary, null, false, false);
        this.status = status;
        this.summary = summary;
        this.error = error;
    }

    /** A 409 route error: {@code tags} nest as {".tag":a, a:{".tag":b, b:{...}}}, the summary joins them with '/'. */
    static FakeApiError conflict(String... tags) {
        return new FakeApiError(409, String.join("/", tags) + "/", FakeJson.nestedTags(tags));
    }

    static FakeApiError conflictWith(JsonNode error, String summary) {
        return new FakeApiError(409, summary, error);
    }
}
