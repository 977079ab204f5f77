package dev.lineup.xmltv;

import dev.lineup.task.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/** Small helpers for guide tests: write a guide to disk, run the real filter, pick the output apart. */
final class Guides {
    private Guides() {
    }

    static Path write(Path dir, String name, String xml) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    static Path writeGzip(Path dir, String name, String xml) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /** A minimal guide: one channel per id given, then the programme elements given verbatim. */
    static String guide(List<String> channelIds, String... programmes) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv generator-info-name=\"t\">\n");
        for (String id : channelIds) {
            b.append("<channel id=\"").append(id).append("\"><display-name>").append(id)
                    .append("</display-name></channel>\n");
        }
        for (String p : programmes) {
            b.append(p).append('\n');
        }
        return b.append("</tv>\n").toString();
    }

    static String programme(String channel, String start, String stop, String title) {
        return "<programme start=\"" + start + "\" stop=\"" + stop + "\" channel=\"" + channel + "\"><title>"
                + title + "</title></programme>";
    }

    static Result filter(GuideFilter filter, Path... inputs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FilterStats stats = XmltvFilter.run(List.of(inputs), filter, out, Progress.NONE);
        return new Result(out.toString(StandardCharsets.UTF_8), stats);
    }

    record Result(String xml, FilterStats stats) {
        /** The start tags of the output's programmes, in order. */
        List<String> programmeTags() {
            return all("<programme [^>]*>");
        }

        List<String> all(String regex) {
            Matcher m = Pattern.compile(regex).matcher(xml);
            List<String> found = new java.util.ArrayList<>();
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        }
    }
}
