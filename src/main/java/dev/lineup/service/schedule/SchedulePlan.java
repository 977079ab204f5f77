package dev.lineup.service.schedule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What installing or removing the OS scheduler entry takes: files to write (path → content), files
 * to delete, and commands to run afterwards, in order. {@code cronLine} is set for the crontab variant,
 * whose entry is merged into the user's crontab instead of written as a file.
 */
public record SchedulePlan(String kind, Map<Path, String> files, List<Path> delete, List<List<String>> commands,
                           String cronLine) {
    public SchedulePlan {
        files = Map.copyOf(files);
        delete = List.copyOf(delete);
        commands = commands.stream().map(List::copyOf).toList();
    }

    /** Human-readable: what would be written and run (for {@code --dry-run} and the status line). */
    public String describe() {
        StringBuilder b = new StringBuilder("scheduler: ").append(kind).append('\n');
        files.forEach((p, c) -> b.append("write ").append(p).append(":\n").append(c).append(c.endsWith("\n") ? "" : "\n"));
        delete.forEach(p -> b.append("delete ").append(p).append('\n'));
        if (cronLine != null) {
            b.append("crontab line: ").append(cronLine).append('\n');
        }
        commands.forEach(c -> b.append("run: ").append(String.join(" ", c)).append('\n'));
        return b.toString();
    }
}
