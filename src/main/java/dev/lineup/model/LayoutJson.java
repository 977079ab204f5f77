package dev.lineup.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the layout file (format {@code lineup-layout}, version 1; documented in the
 * README). Unknown fields are ignored so a newer minor writer stays readable; a newer major
 * version is refused with a clear message instead of being half-understood.
 */
public final class LayoutJson {
    public static final String FORMAT = "lineup-layout";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private LayoutJson() {
    }

    public static Layout read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static Layout read(InputStream in, String sourceName) throws IOException {
        LayoutFileDto dto;
        try {
            dto = MAPPER.readValue(in, LayoutFileDto.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            throw new LayoutFormatException(sourceName, line, e.getOriginalMessage());
        }
        if (dto == null) {
            throw new LayoutFormatException(sourceName, 1, "empty file, expected a layout object");
        }
        return toLayout(dto, sourceName);
    }

    public static void write(Layout layout, OutputStream out) throws IOException {
        MAPPER.writeValue(out, LayoutFileDto.of(layout));
    }

    public static String toJson(Layout layout) {
        try {
            return MAPPER.writeValueAsString(LayoutFileDto.of(layout));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("layout not serializable", e);
        }
    }

    private static Layout toLayout(LayoutFileDto dto, String src) throws LayoutFormatException {
        if (dto.format != null && !FORMAT.equals(dto.format)) {
            throw new LayoutFormatException(src, 0, "format is '" + dto.format + "', expected '" + FORMAT + "'");
        }
        if (dto.version == null || dto.version < 1) {
            throw new LayoutFormatException(src, 0, "missing \"version\" (this Lineup writes version " + VERSION + ")");
        }
        if (dto.version > VERSION) {
            throw new LayoutFormatException(src, 0, "layout file version " + dto.version
                    + " is newer than this Lineup understands (" + VERSION + "); update Lineup");
        }
        if (dto.name == null || dto.name.isBlank()) {
            throw new LayoutFormatException(src, 0, "missing \"name\"");
        }
        List<LayoutGroup> groups = new ArrayList<>();
        Set<String> seenKeys = new HashSet<>();
        List<LayoutFileDto.GroupDto> gs = dto.groups == null ? List.of() : dto.groups;
        for (int g = 0; g < gs.size(); g++) {
            LayoutFileDto.GroupDto gd = gs.get(g);
            String where = "group " + (g + 1);
            if (gd == null || gd.name == null || gd.name.isBlank()) {
                throw new LayoutFormatException(src, 0, where + ": missing \"name\"");
            }
            List<LayoutChannel> channels = new ArrayList<>();
            List<LayoutFileDto.ChannelDto> cs = gd.channels == null ? List.of() : gd.channels;
            for (int c = 0; c < cs.size(); c++) {
                LayoutFileDto.ChannelDto cd = cs.get(c);
                String cw = where + " ('" + gd.name + "') channel " + (c + 1);
                if (cd == null || cd.sourceKey == null || cd.sourceKey.isBlank()) {
                    throw new LayoutFormatException(src, 0, cw + ": missing \"sourceKey\"");
                }
                if (!seenKeys.add(cd.sourceKey)) {
                    throw new LayoutFormatException(src, 0, cw + ": sourceKey '" + cd.sourceKey + "' appears twice; "
                            + "each channel of a layout needs a key of its own (export the layout again with this "
                            + "Lineup: it writes a different key for channels that share a tvg-id)");
                }
                channels.add(cd.toChannel(catchup(src, cw, cd.catchup)));
            }
            groups.add(new LayoutGroup(gd.name, Boolean.TRUE.equals(gd.hidden), channels,
                    Timing.of(gd.shiftHours, catchup(src, where + " ('" + gd.name + "')", gd.catchup))));
        }
        Layout layout = new Layout(dto.name, dto.options == null ? LayoutOptions.DEFAULTS : dto.options.toOptions(),
                groups, timing(src, dto.timing));
        String problem = LayoutValues.problem(layout);
        if (problem != null) {
            throw new LayoutFormatException(src, 0, problem);
        }
        return layout;
    }

    private static LayoutTiming timing(String src, LayoutFileDto.LayoutTimingDto t) throws LayoutFormatException {
        if (t == null) {
            return LayoutTiming.NONE;
        }
        Map<String, Timing> sources = new LinkedHashMap<>();
        if (t.sources != null) {
            for (var e : t.sources.entrySet()) {
                LayoutFileDto.TimingDto st = e.getValue();
                if (st != null) {
                    sources.put(e.getKey(), Timing.of(st.shiftHours,
                            catchup(src, "timing of source '" + e.getKey() + "'", st.catchup)));
                }
            }
        }
        return new LayoutTiming(Timing.of(t.shiftHours, catchup(src, "timing", t.catchup)), sources);
    }

    private static Catchup catchup(String src, String where, JsonNode node) throws LayoutFormatException {
        try {
            return CatchupJson.read(node);
        } catch (IllegalArgumentException e) {
            throw new LayoutFormatException(src, 0, where + ": " + e.getMessage());
        }
    }
}
