package dev.lineup.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The wire shape of the layout file; kept apart so the records stay free of JSON concerns. */
@JsonPropertyOrder({"format", "version", "name", "options", "groups"})
final class LayoutFileDto {
    public String format;
    public Integer version;
    public String name;
    public OptionsDto options;
    public List<GroupDto> groups;

    static LayoutFileDto of(Layout l) {
        LayoutFileDto d = new LayoutFileDto();
        d.format = LayoutJson.FORMAT;
        d.version = LayoutJson.VERSION;
        d.name = l.name();
        d.options = OptionsDto.of(l.options());
        d.groups = l.groups().stream().map(GroupDto::of).toList();
        return d;
    }

    @JsonPropertyOrder({"guideDaysBack", "guideDaysAhead", "gzipGuide", "plainGuide"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class OptionsDto {
        public Integer guideDaysBack;
        public Integer guideDaysAhead;
        public Boolean gzipGuide;
        public Boolean plainGuide;

        static OptionsDto of(LayoutOptions o) {
            OptionsDto d = new OptionsDto();
            d.guideDaysBack = o.guideDaysBack();
            d.guideDaysAhead = o.guideDaysAhead();
            d.gzipGuide = o.gzipGuide();
            d.plainGuide = o.plainGuide();
            return d;
        }

        LayoutOptions toOptions() {
            return new LayoutOptions(guideDaysBack, guideDaysAhead, gzipGuide == null || gzipGuide,
                    plainGuide == null || plainGuide);
        }
    }

    @JsonPropertyOrder({"name", "hidden", "channels"})
    static final class GroupDto {
        public String name;
        public Boolean hidden;
        public List<ChannelDto> channels;

        static GroupDto of(LayoutGroup g) {
            GroupDto d = new GroupDto();
            d.name = g.name();
            d.hidden = g.hidden();
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
        public Boolean catchup;

        static ChannelDto of(LayoutChannel c) {
            ChannelDto d = new ChannelDto();
            d.sourceKey = c.sourceKey();
            d.name = c.name();
            d.number = c.number();
            d.logo = c.logo();
            d.tvgId = c.tvgId();
            d.guideChannel = c.guideChannel();
            d.shiftHours = c.shiftHours() == 0 ? null : c.shiftHours();
            d.hidden = c.hidden() ? Boolean.TRUE : null;
            d.catchup = c.catchupPassthrough() ? null : Boolean.FALSE;
            return d;
        }

        LayoutChannel toChannel() {
            return new LayoutChannel(sourceKey, name, number, logo, tvgId, guideChannel,
                    shiftHours == null ? 0 : shiftHours, Boolean.TRUE.equals(hidden), catchup == null || catchup);
        }
    }
}
