package dev.lineup.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Manifest} to and from JSON with Jackson's streaming core rather than an ObjectMapper: {@code render}
 * and {@code output} then skip data-binding's start-up (some 400 classes, a noticeable share of a short run).
 * The text is what the ObjectMapper wrote: indented, fields in record order, nulls left out, unknown fields
 * ignored on reading.
 */
final class ManifestJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ManifestJson() {
    }

    static byte[] write(Manifest m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = JSON.createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schema", m.schema());
            stringField(g, "layout", m.layout());
            g.writeNumberField("generation", m.generation());
            stringField(g, "createdAt", m.createdAt());
            if (m.instance() != null) {
                g.writeObjectFieldStart("instance");
                stringField(g, "id", m.instance().id());
                stringField(g, "name", m.instance().name());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("files");
            for (Manifest.FileEntry f : m.files()) {
                g.writeStartObject();
                stringField(g, "name", f.name());
                g.writeNumberField("size", f.size());
                stringField(g, "sha256", f.sha256());
                if (f.blockSha256() != null) {
                    stringField(g, "blockSha256", f.blockSha256());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("manifest not serializable", e);
        }
        return bytes.toByteArray();
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    static Manifest read(byte[] json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            int schema = 0;
            long generation = 0;
            String layout = null;
            String createdAt = null;
            Manifest.Instance instance = null;
            List<Manifest.FileEntry> files = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "schema" -> schema = p.getValueAsInt();
                    case "layout" -> layout = text(p);
                    case "generation" -> generation = p.getValueAsLong();
                    case "createdAt" -> createdAt = text(p);
                    case "instance" -> instance = value == JsonToken.START_OBJECT ? instance(p) : null;
                    case "files" -> files = value == JsonToken.START_ARRAY ? files(p) : List.of();
                    default -> p.skipChildren();
                }
            }
            return new Manifest(schema, layout, generation, createdAt, instance, files);
        }
    }

    private static Manifest.Instance instance(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = text(p);
                case "name" -> name = text(p);
                default -> p.skipChildren();
            }
        }
        return new Manifest.Instance(id, name);
    }

    private static List<Manifest.FileEntry> files(JsonParser p) throws IOException {
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
            expect(t, JsonToken.START_OBJECT, p);
            String name = null;
            String sha256 = null;
            String blockSha256 = null;
            long size = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "name" -> name = text(p);
                    case "size" -> size = p.getValueAsLong();
                    case "sha256" -> sha256 = text(p);
                    case "blockSha256" -> blockSha256 = text(p);
                    default -> p.skipChildren();
                }
            }
            files.add(new Manifest.FileEntry(name, size, sha256, blockSha256));
        }
        return files;
    }

    private static String text(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString();
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + expected + ", found " + actual);
        }
    }
}
