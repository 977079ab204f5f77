package dev.lineup.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of an output name and folder given on the command line, before anything is read or written. */
final class OutputPlace {
    /** Room for ".xml.gz", the temporaries' suffix, and a 255-byte file-name limit. */
    static final int MAX_NAME_BYTES = 200;

    private OutputPlace() {
    }

    /** A plain file name: not empty, no folder separators, not hidden, no control characters, not too long. */
    static void checkName(String option, String name) {
        String problem = null;
        if (name == null || name.isBlank()) {
            problem = "is empty";
        } else if (name.contains("/") || name.contains("\\")) {
            problem = "contains a folder separator ('/' or '\\'); give a plain file name";
        } else if (name.startsWith(".")) {
            problem = "starts with '.' (the file would be hidden, or mean a folder)";
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            problem = "contains a control character";
        } else if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            problem = "is too long (" + name.getBytes(StandardCharsets.UTF_8).length + " bytes; at most "
                    + MAX_NAME_BYTES + ")";
        }
        if (problem != null) {
            throw new UserError(option + " \"" + abbreviate(name) + "\" " + problem);
        }
    }

    /** The folder, or its nearest existing parent, must be a folder we may write into. */
    static void checkFolder(String option, Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new UserError(option + " " + folder + ": " + p + " is a file, not a folder");
        }
        if (!Files.isWritable(p)) {
            throw new UserError(option + " " + folder + ": " + p + " is read-only (no permission to write there)");
        }
    }

    private static String abbreviate(String s) {
        String line = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
