package dev.lineup.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "catchup"} value of the layout file: {@code {"mode":"on","days":7,"type":"xc","source":"…"}},
 * {@code {"mode":"off"}} or {@code {"mode":"provider"}}; absent = as the level above says. Files written
 * before levels existed carry {@code false} (off) or {@code true} (as the provider has it, the default).
 */
final class CatchupJson {
    private CatchupJson() {
    }

    static JsonNode write(Catchup c) {
        if (c == null) {
            return null;
        }
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("mode", c.mode().word());
        if (c.days() != null) {
            n.put("days", c.days());
        }
        if (c.type() != null) {
            n.put("type", c.type());
        }
        if (c.source() != null) {
            n.put("source", c.source());
        }
        return n;
    }

    /** The catch-up {@code node} says, null for none; the problem in words as an IllegalArgumentException. */
    static Catchup read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? null : Catchup.OFF;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"catchup\" must be an object like {\"mode\": \"on\", \"days\": 7}, "
                    + "not " + node);
        }
        Catchup.Mode mode = Catchup.Mode.of(node.path("mode").asText(null));
        if (mode == null) {
            throw new IllegalArgumentException("\"catchup\" needs \"mode\": \"on\", \"off\" or \"provider\", not "
                    + node.path("mode"));
        }
        JsonNode days = node.get("days");
        if (days != null && !days.isNull() && !days.isIntegralNumber()) {
            throw new IllegalArgumentException("catch-up \"days\" must be a whole number, not " + days);
        }
        Catchup c = new Catchup(mode, days == null || days.isNull() ? null : days.intValue(),
                node.path("type").asText(null), node.path("source").asText(null));
        String problem = c.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return c;
    }
}
