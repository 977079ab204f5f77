package dev.lineup.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The stored and exported form of a layout's rules: {@code {"schema":1,"rules":[...]}}, each rule
 * as {@link Rule}'s fields ({@code name}, {@code enabled}, {@code match}, {@code actions}), null
 * fields left out. Unknown fields are an error, so a typo like {@code "grup"} is not silently ignored.
 */
public final class RulesJson {
    public static final int SCHEMA = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private RulesJson() {
    }

    record Document(int schema, List<Rule> rules) {
    }

    public static void write(List<Rule> rules, Writer out) throws IOException {
        MAPPER.writeValue(out, new Document(SCHEMA, List.copyOf(rules)));
    }

    public static String toJson(List<Rule> rules) {
        try {
            return MAPPER.writeValueAsString(new Document(SCHEMA, List.copyOf(rules)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rules could not be written as JSON", e);
        }
    }

    /** Reads rules; {@code sourceName} (a file name) is named in errors with the line. */
    public static List<Rule> read(Reader in, String sourceName) throws RulesFormatException {
        Document d;
        try {
            d = MAPPER.readValue(in, Document.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            Throwable cause = e.getCause() instanceof RuleException ? e.getCause() : e;
            String what = cause instanceof RuleException ? cause.getMessage() : e.getOriginalMessage();
            throw new RulesFormatException(sourceName, line, what, e);
        } catch (IOException e) {
            throw new RulesFormatException(sourceName, 0, "could not be read: " + e.getMessage(), e);
        }
        if (d == null || d.schema() != SCHEMA) {
            throw new RulesFormatException(sourceName, 1, "expected \"schema\": " + SCHEMA
                    + (d == null ? "" : ", found " + d.schema()), null);
        }
        return d.rules() == null ? List.of() : List.copyOf(d.rules());
    }

    /** Rules JSON that cannot be used, with the file and line. */
    public static final class RulesFormatException extends IOException {
        private final String sourceName;
        private final int line;

        RulesFormatException(String sourceName, int line, String what, Throwable cause) {
            super(sourceName + ":" + line + ": " + what, cause);
            this.sourceName = sourceName;
            this.line = line;
        }

        public String sourceName() {
            return sourceName;
        }

        public int line() {
            return line;
        }
    }
}
