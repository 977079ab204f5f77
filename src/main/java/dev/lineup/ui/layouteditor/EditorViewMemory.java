package dev.lineup.ui.layouteditor;

import dev.lineup.service.settings.SettingsService;
import dev.lineup.task.TaskExecutor;
import dev.lineup.ui.common.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Remembers, per user (in the settings), which channel table columns the editor shows and where its
 * pane dividers sit. Stored as one line, {@code columns=numberColumn,nameColumn;dividers=0.2,0.33,0.78};
 * an unreadable or missing value means the defaults. Reads and writes run as background tasks.
 */
public final class EditorViewMemory {
    /** The remembered view; {@code columns} empty means the default columns, {@code dividers} empty the FXML's. */
    public record View(List<String> columns, double[] dividers) {
        static final View DEFAULT = new View(List.of(), new double[0]);

        String format() {
            StringBuilder b = new StringBuilder("columns=").append(String.join(",", columns)).append(";dividers=");
            for (int i = 0; i < dividers.length; i++) {
                b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", dividers[i]));
            }
            return b.toString();
        }

        static View parse(String s) {
            List<String> columns = new ArrayList<>();
            double[] dividers = new double[0];
            for (String part : s == null ? new String[0] : s.split(";")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                if (key.equals("columns") && !value.isEmpty()) {
                    Arrays.stream(value.split(",")).map(String::strip).filter(c -> !c.isEmpty()).forEach(columns::add);
                } else if (key.equals("dividers") && !value.isEmpty()) {
                    try {
                        dividers = Arrays.stream(value.split(",")).mapToDouble(v -> Double.parseDouble(v.strip()))
                                .filter(d -> d > 0 && d < 1).toArray();
                    } catch (NumberFormatException e) {
                        dividers = new double[0];
                    }
                }
            }
            return new View(List.copyOf(columns), dividers);
        }
    }

    private final SettingsService settings;
    private final TaskExecutor tasks;

    public EditorViewMemory(SettingsService settings, TaskExecutor tasks) {
        this.settings = settings;
        this.tasks = tasks;
    }

    /** Reads the remembered view and hands it to {@code apply} (on the UI thread). */
    public void load(Consumer<View> apply) {
        tasks.run(Texts.get("editor.task.read-columns"), ctx -> View.parse(settings.editorView()))
                .onSuccess(apply::accept)
                .onError(Exception.class, e -> apply.accept(View.DEFAULT)).start();
    }

    public void save(View view) {
        String line = view.format();
        tasks.run(Texts.get("editor.task.remember-columns"), ctx -> {
            settings.saveEditorView(line);
            return line;
        }).start();
    }
}
