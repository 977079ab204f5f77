package dev.lineup.cli;

import dev.lineup.m3u.M3uIssue;
import dev.lineup.output.Manifest;
import dev.lineup.output.RenderResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Result lines (stdout) and warnings (stderr) of the commands that render. */
final class Summaries {
    private static final int MAX_ISSUES_SHOWN = 20;

    private Summaries() {
    }

    static void printRender(PrintWriter out, PrintWriter err, Path dir, RenderResult r) {
        int shown = 0;
        for (M3uIssue issue : r.playlistIssues()) {
            if (shown++ == MAX_ISSUES_SHOWN) {
                err.println("warning: " + (r.playlistIssues().size() - MAX_ISSUES_SHOWN) + " more skipped entries");
                break;
            }
            err.println("warning: skipped " + issue);
        }
        if (r.missingChannels() > 0) {
            err.println("warning: " + r.missingChannels() + " layout channel(s) not found in the playlists");
        }
        for (Manifest.FileEntry f : r.manifest().files()) {
            out.printf("%s\t%d bytes\tsha256 %s%n", dir.resolve(f.name()), f.size(), f.sha256());
        }
        out.printf("%d channels, %d guide channels, %d programmes (%d dropped), generation %d%n",
                r.channels(), r.guideChannels(), r.programmes(), r.programmesDropped(), r.manifest().generation());
        out.flush();
        err.flush();
    }
}
