package dev.lineup.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code lineup render} read without building picocli's command model, which is about a quarter of a small
 * render's time (docs/benchmarks-startup.md, "render start-up, session 8"). Only the plain form scripts write is
 * taken: {@code render} first, then each option as a word of its own followed by its value as the next word, a list
 * option's values running up to the next option. Anything else (help, an unknown, misspelt or repeated option,
 * {@code --opt=value}, a value that is empty or starts with '-' or '@', a missing value or required option, a
 * number that is not plain digits, a path the file system refuses) gives null, and picocli reads the command line
 * as before: every message, help text and exit code stays picocli's. {@code QuickRenderArgumentsTest} holds the
 * two readings equal and this table equal to {@link RenderCommand}'s options.
 */
final class QuickRenderArguments {
    /** Options taking one or more values (given once here; picocli reads a repeated one). */
    static final Set<String> LISTS = Set.of("--playlist", "--epg");
    /** Options taking one value, at most once. */
    static final Set<String> SINGLES = Set.of("--layout", "--out", "--name", "--max-download-mb", "--download-deadline");
    /** Options taking no value, at most once ({@code --gzip} and {@code --no-gzip} are one option). */
    static final Set<String> FLAGS = Set.of("--gzip", "--no-gzip", "--allow-empty");

    private QuickRenderArguments() {
    }

    /** The command with its options set as picocli would set them, or null when picocli must read {@code args}. */
    static RenderCommand parse(String[] args) {
        if (args.length < 2 || !"render".equals(args[0])) {
            return null;
        }
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, String> singles = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> open = null; // the list option whose values are being read
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("@")) {
                return null;
            }
            if (!a.startsWith("-")) {
                if (open == null) {
                    return null;
                }
                open.add(a);
                continue;
            }
            if (open != null && open.isEmpty()) {
                return null;
            }
            open = null;
            if (LISTS.contains(a)) {
                if (lists.containsKey(a)) {
                    return null;
                }
                open = new ArrayList<>();
                lists.put(a, open);
            } else if (SINGLES.contains(a)) {
                if (singles.containsKey(a) || i + 1 == args.length || args[i + 1].isEmpty()
                        || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")) {
                    return null;
                }
                singles.put(a, args[++i]);
            } else if (!FLAGS.contains(a) || !flags.add(a.equals("--no-gzip") ? "--gzip" : a)) {
                return null;
            }
        }
        if ((open != null && open.isEmpty()) || !lists.containsKey("--playlist") || !singles.containsKey("--out")) {
            return null;
        }
        return command(lists, singles, flags, args);
    }

    private static RenderCommand command(Map<String, List<String>> lists, Map<String, String> singles,
                                         Set<String> flags, String[] args) {
        RenderCommand c = new RenderCommand();
        try {
            c.out = Path.of(singles.get("--out"));
            c.layoutFile = singles.containsKey("--layout") ? Path.of(singles.get("--layout")) : null;
        } catch (InvalidPathException e) {
            return null;
        }
        String mb = singles.get("--max-download-mb");
        if (mb != null) {
            if (!mb.matches("[0-9]{1,18}")) {
                return null;
            }
            c.maxDownloadMb = Long.valueOf(mb);
        }
        c.playlists = lists.get("--playlist");
        c.guides = lists.getOrDefault("--epg", c.guides);
        c.name = singles.getOrDefault("--name", RenderCommand.DEFAULT_NAME);
        c.downloadDeadline = singles.get("--download-deadline");
        c.allowEmpty = flags.contains("--allow-empty");
        if (flags.contains("--gzip")) {
            c.gzip = !List.of(args).contains("--no-gzip");
        }
        return c;
    }
}
