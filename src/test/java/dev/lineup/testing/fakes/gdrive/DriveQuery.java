package dev.lineup.testing.fakes.gdrive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The subset of Drive's {@code q} language Lineup sends: clauses joined by {@code and}, each one of
 * {@code name = '..'}, {@code mimeType = '..'} / {@code !=}, {@code trashed = true|false},
 * {@code '..' in parents}. Quotes inside values are escaped with a backslash, as Drive expects.
 */
final class DriveQuery {
    private DriveQuery() {
    }

    static Predicate<DriveStore.FakeFile> parse(String q) {
        Predicate<DriveStore.FakeFile> all = f -> true;
        if (q == null || q.isBlank()) {
            return all;
        }
        for (String clause : splitAnd(q)) {
            all = all.and(clause(clause.trim()));
        }
        return all;
    }

    private static Predicate<DriveStore.FakeFile> clause(String c) {
        if (c.startsWith("'") && c.endsWith(" in parents")) {
            String parent = unquote(c.substring(0, c.length() - " in parents".length()).trim());
            return f -> f.parents().contains(parent) || ("root".equals(parent) && f.parents().contains(DriveStore.ROOT_ID));
        }
        String[] op = c.contains("!=") ? c.split("!=", 2) : c.split("=", 2);
        if (op.length != 2) {
            throw new IllegalArgumentException("Invalid Value: " + c);
        }
        String field = op[0].trim();
        String raw = op[1].trim();
        boolean negate = c.contains("!=");
        Predicate<DriveStore.FakeFile> p;
        switch (field) {
            case "name": {
                String v = unquote(raw);
                p = f -> f.name().equals(v);
                break;
            }
            case "mimeType": {
                String v = unquote(raw);
                p = f -> f.mimeType().equals(v);
                break;
            }
            case "trashed": {
                boolean v = Boolean.parseBoolean(raw);
                p = f -> f.trashed() == v;
                break;
            }
            default:
                throw new IllegalArgumentException("Invalid Value: unsupported field " + field);
        }
        return negate ? p.negate() : p;
    }

    /** Splits on " and " outside quoted strings. */
    private static List<String> splitAnd(String q) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char ch = q.charAt(i);
            if (quoted && ch == '\\' && i + 1 < q.length()) {
                cur.append(ch).append(q.charAt(++i));
                continue;
            }
            if (ch == '\'') {
                quoted = !quoted;
            }
            if (!quoted && q.startsWith(" and ", i)) {
                parts.add(cur.toString());
                cur.setLength(0);
                i += 4;
                continue;
            }
            cur.append(ch);
        }
        parts.add(cur.toString());
        return parts;
    }

    private static String unquote(String s) {
        if (s.length() < 2 || !s.startsWith("'") || !s.endsWith("'")) {
            throw new IllegalArgumentException("Invalid Value: expected a quoted string, got " + s);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length() - 1) {
                ch = s.charAt(++i);
            }
            out.append(ch);
        }
        return out.toString();
    }
}
