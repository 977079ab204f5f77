package dev.lineup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen takes every word from the one catalogue: each {@code %key} of their FXML
 * and each {@code Texts.get("key")} in the UI code exists, no FXML of theirs carries literal words, and every text
 * is a valid MessageFormat pattern (a broken choice or quote would show raw braces to a user). The UI's Java code
 * passes no literal word to a label, button, menu, tooltip, prompt or title either, nor to a task title, a dialog or
 * a status message (symbols excepted).
 */
class TextCatalogueTest {
    private static final Path UI = Path.of("src/main/resources/dev/lineup/ui");

    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\b(text|promptText)=\"([^\"]*)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.-]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("Texts\\.get\\(\"([\\w.-]+)\"\\s*[,)]");
    /** The calls that put words on screen, with a string literal as their first argument. */
    private static final Pattern WORDS_CALL = Pattern.compile("\\b(setText|setPromptText|setTitle|setHeaderText|"
            + "setContentText|new (?:Label|Button|MenuItem|CheckMenuItem|Menu|Tooltip|CheckBox|RadioButton|ButtonType"
            + "|Hyperlink|TextArea|Tab|TitledPane|TableColumn<[^>]*>)"
            // Words the user reads elsewhere: task titles (progress, errors), dialog texts, status messages.
            + "|tasks\\.run|tasks\\.showError|dialogs\\.\\w+|(?:message|mapping|messageProperty\\(\\))\\.set"
            + "|told\\.accept)\\(\"([^\"]*)\"");
    /**
     * The only literals those calls may keep besides "" (clearing a text): symbols that read the same in every
     * language. Anything else, a word above all, belongs in the catalogue.
     */
    private static final Set<String> NOT_WORDS = Set.of("\u2026", "#", "%", "+", "\u2212", "\u00d7");

    @Test
    void everyFxmlKeyOfTheReworkedScreensIsInTheCatalogueAndNoneOfThemHasLiteralWords() throws IOException {
        List<String> literal = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> screens;
        try (Stream<Path> files = Files.walk(UI)) {
            screens = files.filter(p -> p.toString().endsWith(".fxml")).sorted().toList();
        }
        assertThat(screens).as("every screen's FXML").hasSizeGreaterThanOrEqualTo(15);
        for (Path path : screens) {
            String screen = UI.relativize(path).toString();
            String fxml = Files.readString(path, StandardCharsets.UTF_8);
            Matcher m = TEXT_ATTRIBUTE.matcher(fxml);
            while (m.find()) {
                String value = m.group(2);
                // Symbols such as "%" or "…" may stay; a word belongs in the catalogue.
                if (!value.startsWith("%") && value.codePoints().anyMatch(Character::isLetter)) {
                    literal.add(screen + ": " + m.group());
                }
            }
            Matcher k = FXML_KEY.matcher(fxml);
            while (k.find()) {
                if (!Texts.bundle().containsKey(k.group(1))) {
                    missing.add(screen + ": %" + k.group(1));
                }
            }
        }
        assertThat(literal).as("literal words in FXML").isEmpty();
        assertThat(missing).as("keys not in the catalogue").isEmpty();
    }

    @Test
    void everyKeyTheUiCodeAsksForIsInTheCatalogue() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/lineup/ui"))) {
            // Texts.java's own comment shows the call with a made-up key; a key built from a prefix ("problem." + kind)
            // is not a literal and is checked where its words are tested.
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Texts.java")).toList()) {
                Matcher m = CODE_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!Texts.bundle().containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noUiCodePassesALiteralWordToAControlOrWindow() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/lineup/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String call : literalWords(lines.get(i))) {
                        literal.add(f.getFileName() + ":" + (i + 1) + ": " + call);
                    }
                }
            }
        }
        assertThat(literal).as("words written in the UI code instead of Texts.get(\"key\")").isEmpty();
    }

    @Test
    void theWordsCheckCatchesEachFormOfALiteral() {
        for (String line : List.of("d.setTitle(\"About Lineup\");", "new Label(\"Version\")",
                "new ButtonType(\"Apply\", ButtonBar.ButtonData.OK_DONE)", "new TableColumn<Row, String>(\"Logo\")",
                "field.setPromptText(\"days\");", "tasks.run(\"Loading targets\", ctx -> service.list())",
                "tasks.showError(\"Opening layout \" + name + \" failed\", e);", "dialogs.confirm(\"Sign out\", text)",
                "vm.messageProperty().set(\"Select a group to sort.\");", "mapping.set(\"Select a channel.\");",
                "message.set(\"Signed in.\")", "told.accept(\"The file name was not changed: \" + why)")) {
            assertThat(literalWords(line)).as(line).hasSize(1);
        }
        for (String line : List.of("d.setTitle(Texts.get(\"about.title\"));", "label.setText(\"\");",
                "new Button(\"\u2026\")", "tasks.run(Texts.get(\"targets.task.load\"), ctx -> service.list())",
                "message.set(\"\")", "preview.set(\"Now\")")) {
            assertThat(literalWords(line)).as(line).isEmpty();
        }
    }

    private static List<String> literalWords(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = WORDS_CALL.matcher(line);
        while (m.find()) {
            if (!m.group(2).isEmpty() && !NOT_WORDS.contains(m.group(2))) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void everyTextIsAValidPatternAndNoKeyIsWrittenTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String part : Texts.PARTS) {
            lines.addAll(Files.readAllLines(Path.of("src/main/resources/dev/lineup/ui/texts/" + part + ".properties")));
        }
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                twice.add(line.substring(0, eq));
            }
        }
        assertThat(twice).as("a second line (in any part) silently replaces the first").isEmpty();
        for (String key : Texts.bundle().keySet()) {
            String pattern = Texts.bundle().getString(key);
            // Texts.get formats only a text with arguments: there '' is an apostrophe, elsewhere it would show twice.
            boolean formatted = pattern.contains("{");
            assertThat(pattern.replace("''", "").contains("'") && formatted || pattern.contains("''") && !formatted)
                    .as("apostrophes of " + key + ": '' in a text with {0}, ' in one without").isFalse();
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 1, 1, 1, 1, 1, 1}))
                    .as(key).doesNotContain("{");
        }
    }

    @Test
    void countsAreInWordsForOneAndForMany() {
        assertThat(Texts.get("health.summary", 1, 1, 1, Texts.get("health.healthy")))
                .isEqualTo("1 channel (1 visible) in 1 group \u2014 nothing to fix.");
        assertThat(Texts.get("health.summary", 1491, 1200, 7, Texts.get("health.attention")))
                .isEqualTo("1,491 channels (1,200 visible) in 7 groups \u2014 needs attention.");
        assertThat(Texts.get("files.uploaded", 1)).isEqualTo("1 file uploaded");
        assertThat(Texts.get("files.uploaded", 0)).isEqualTo("nothing uploaded");
    }
}
