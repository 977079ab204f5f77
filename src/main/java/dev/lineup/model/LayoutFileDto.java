package dev.lineup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire shape of the layout file; kept apart so the records stay free of JSON concerns. */
@JsonPropertyOrder({"format", "version", "name", "options", "timing", "groups"})
final class LayoutFileDto {
    public String format;
    public Integer version;
    public String name;
    public OptionsDto options;
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public LayoutTimingDto timing;
    public List<GroupDto> groups;

    static LayoutFileDto of(Layout l) {
        LayoutFileDto d = new LayoutFileDto();
        d.format = LayoutJson.FORMAT;
        d.version = LayoutJson.VERSION;
        d.name = l.name();
        d.options = OptionsDto.of(l.options());
        d.timing = l.timing().inherits() ? null : LayoutTimingDto.of(l.timing());
        d.groups = l.groups().stream().map(GroupDto::of).toList();
        return d;
    }

    @JsonPropertyOrder({"guideDaysBack", "guideDaysAhead", "gzipGuide", "plainGuide", "placeholderGuides"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class OptionsDto {
        public Integer guideDaysBack;
        public Integer guideDaysAhead;
        public Boolean gzipGuide;
        public Boolean plainGuide;
        public Boolean placeholderGuides;

        static OptionsDto of(LayoutOptions o) {
            OptionsDto d = new OptionsDto();
            d.guideDaysBack = o.guideDaysBack();
            d.guideDaysAhead = o.guideDaysAhead();
            d.gzipGuide = o.gzipGuide();
            d.plainGuide = o.plainGuide();
            d.placeholderGuides = o.placeholderGuides();
            return d;
        }

        LayoutOptions toOptions() {
            return new LayoutOptions(guideDaysBack, guideDaysAhead, gzipGuide == null || gzipGuide,
                    plainGuide == null || plainGuide,
                    // A file written before the option existed came from a layout that had placeholders.
                    placeholderGuides == null || placeholderGuides);
        }
    }

    /** The playlist-wide shift and catch-up, and those of each source (by source name). */
    @JsonPropertyOrder({"shiftHours", "catchup", "sources"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class LayoutTimingDto {
        public Double shiftHours;
        public JsonNode catchup;
        public Map<String, TimingDto> sources;

        static LayoutTimingDto of(LayoutTiming t) {
            LayoutTimingDto d = new LayoutTimingDto();
            d.shiftHours = t.playlist().shiftHours();
            d.catchup = CatchupJson.write(t.playlist().catchup());
            if (!t.sources().isEmpty()) {
                d.sources = new LinkedHashMap<>();
                t.sources().forEach((n, st) -> d.sources.put(n, TimingDto.of(st)));
            }
            return d;
        }
    }

    @JsonPropertyOrder({"shiftHours", "catchup"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class TimingDto {
        public Double shiftHours;
        public JsonNode catchup;

        static TimingDto of(Timing t) {
            TimingDto d = new TimingDto();
            d.shiftHours = t.shiftHours();
            d.catchup = CatchupJson.write(t.catchup());
            return d;
        }
    }

    @JsonPropertyOrder({"name", "hidden", "shiftHours", "catchup", "channels"})
    static final class GroupDto {
        public String name;
        public Boolean hidden;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Double shiftHours;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public JsonNode catchup;
        public List<ChannelDto> channels;

        static GroupDto of(LayoutGroup g) {
            GroupDto d = new GroupDto();
            d.name = g.name();
            d.hidden = g.hidden();
            d.shiftHours = g.timing().shiftHours();
            d.catchup = CatchupJson.write(g.timing().catchup());
            d.channels = g.channels().stream().map(ChannelDto::of).toList();
            return d;
        }
    }

    @JsonPropertyOrder({"sourceKey", "name", "number", "logo", "tvgId", "guideChannel", "shiftHours", "hidden", "catchup"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ChannelDto {
        public String sourceKey;
        // Always written (null when unset): a script reading a layout file may index every channel's
        // "name" and "number" without checking first (DESIGN.md's command-line contract names both).
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String name;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public Integer number;
        public String logo;
        public String tvgId;
        public String guideChannel;
        public Double shiftHours;
        public Boolean hidden;
        public JsonNode catchup;

        static ChannelDto of(LayoutChannel c) {
            ChannelDto d = new ChannelDto();
            d.sourceKey = c.sourceKey();
            d.name = c.name();
            d.number = c.number();
            d.logo = c.logo();
            d.tvgId = c.tvgId();
            d.guideChannel = c.guideChannel();
            d.shiftHours = c.timing().shiftHours();
            d.hidden = c.hidden() ? Boolean.TRUE : null;
            d.catchup = CatchupJson.write(c.timing().catchup());
            return d;
        }

        LayoutChannel toChannel(Catchup readCatchup) {
            return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel,
                    Timing.of(shiftHours, readCatchup), Boolean.TRUE.equals(hidden));
        }
    }
}
