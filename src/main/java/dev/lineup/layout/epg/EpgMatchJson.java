package dev.lineup.layout.epg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code lineup epg match --json}, exactly as the CLI contract fixes it:
 * {@code [{"channel": NAME, "candidates": [{"guideId": ID, "confidence": 0.0-1.0, "reason": TEXT}]}]}.
 * Channels appear in the order matched; candidates best first.
 */
public final class EpgMatchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private EpgMatchJson() {
    }

    public static ArrayNode toTree(MatchResult result) {
        ArrayNode root = MAPPER.createArrayNode();
        for (ChannelMatch m : result.matches()) {
            ObjectNode ch = root.addObject();
            ch.put("channel", m.channel().name());
            ArrayNode cands = ch.putArray("candidates");
            for (GuideProposal p : m.candidates()) {
                ObjectNode c = cands.addObject();
                c.put("guideId", p.guideId());
                c.put("confidence", p.confidence());
                c.put("reason", p.reason());
            }
        }
        return root;
    }

    public static String toJson(MatchResult result) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize match result", e);
        }
    }

    /** Writes the JSON to {@code out} (not closed), followed by a newline. */
    public static void write(MatchResult result, Writer out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, toTree(result));
        out.write(System.lineSeparator());
        out.flush();
    }
}
