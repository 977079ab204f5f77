package dev.lineup.model;

/** One file of a layout's last publish: its name, size, whether it went up, and its share link (a public URL, or null). */
public record PublishedFile(String name, long size, boolean uploaded, String shareLink) {
}
