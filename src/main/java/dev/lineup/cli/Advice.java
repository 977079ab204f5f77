package dev.lineup.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Commands printed as advice ("to take the lock over: …"). Each carries the {@code --data-dir} in use and
 * quotes what the shell would split, so it can be pasted as it is: without the data directory a pasted
 * command opens the default one, which may be empty or another installation's.
 */
final class Advice {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Advice() {
    }

    /** {@code lineup --data-dir DIR ARGS…}, each part quoted for a POSIX shell where needed. */
    static String command(Path dataDir, String... args) {
        List<String> parts = new ArrayList<>(List.of("lineup", "--data-dir", quote(dataDir.toString())));
        for (String a : args) {
            parts.add(quote(a));
        }
        return String.join(" ", parts);
    }

    static String quote(String s) {
        if (!s.isEmpty() && PLAIN.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
