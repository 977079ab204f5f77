package dev.lineup.source;

import dev.lineup.model.SourceAttribute;
import java.util.List;

/**
 * One playlist entry as a {@link PlaylistParser} yields it: the fields identity and rendering need,
 * independent of the parser's own types. {@code attributes} are all of the entry's attributes in
 * order (tvg-id, tvg-name, tvg-logo and group-title included); {@code line} is where it starts.
 */
public record ParsedChannel(int line, String name, String group, String url, String urlSuffix, String tvgId,
                            String tvgName, String logo, String duration, List<SourceAttribute> attributes,
                            List<String> extraLines) {
    public ParsedChannel {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        extraLines = extraLines == null ? List.of() : List.copyOf(extraLines);
    }
}
