package dev.lineup.xmltv;

/**
 * What one filter run did.
 *
 * @param channels          channel elements written (a source channel published under two ids counts twice)
 * @param programmesKept    programme elements written (duplicates for renamed-twice channels included)
 * @param programmesDropped source programmes that produced no output: channel not kept, outside the day
 *                          window, stop before start, or an unreadable start time
 */
public record FilterStats(int channels, long programmesKept, long programmesDropped) {
}
