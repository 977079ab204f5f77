package dev.lineup.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lineup.model.SourceAttribute;
import dev.lineup.model.SourceCategory;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import dev.lineup.model.XtreamUrls;
import dev.lineup.store.IncomingChannel;
import dev.lineup.task.Cancellation;
import dev.lineup.task.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an Xtream account's live, VOD and series lists into the channels a refresh stores. Stream
 * ids are {@code 123} (live, as {@code ChannelKey} expects), {@code movie/123} and {@code series/123}
 * (the three id spaces overlap). URLs are not stored (they carry the password): the resolver builds them.
 */
final class XtreamReading {
    private XtreamReading() {
    }

    record Read(List<IncomingChannel> channels, List<SourceCategory> categories) {
    }

    static Read read(XtreamClient client, String server, long sourceId, boolean ignoreVod, boolean ignoreSeries,
                     Progress progress, Cancellation cancel) throws IOException {
        List<IncomingChannel> out = new ArrayList<>();
        List<SourceCategory> cats = new ArrayList<>();
        for (StreamKind kind : StreamKind.values()) {
            if ((kind == StreamKind.VOD && ignoreVod) || (kind == StreamKind.SERIES && ignoreSeries)) {
                continue;
            }
            Map<String, String> names = new HashMap<>();
            for (XtreamClient.Category c : client.categories(kind)) {
                names.put(c.id(), c.name());
                cats.add(new SourceCategory(0, sourceId, kind, c.id(), c.name(), true));
            }
            client.streams(kind, n -> {
                IncomingChannel ch = channel(n, kind, names, server, sourceId, out.size());
                if (ch != null) {
                    out.add(ch);
                    if ((out.size() & 1023) == 0) {
                        cancel.check("refresh");
                        progress.update("read", out.size(), -1);
                    }
                }
            });
        }
        progress.update("read", out.size(), out.size());
        return new Read(out, cats);
    }

    private static IncomingChannel channel(JsonNode n, StreamKind kind, Map<String, String> categories, String server,
                                           long sourceId, int position) {
        String id = n.path(kind == StreamKind.SERIES ? "series_id" : "stream_id").asText("");
        if (id.isBlank()) {
            return null;
        }
        String name = n.path("name").asText("").trim();
        String group = categories.get(n.path("category_id").asText(""));
        String logo = PlaylistReading.blankToNull(n.path(kind == StreamKind.SERIES ? "cover" : "stream_icon").asText(""));
        String ext = kind == StreamKind.VOD ? PlaylistReading.blankToNull(n.path("container_extension").asText("")) : null;
        List<SourceAttribute> attrs = new ArrayList<>();
        if (kind == StreamKind.LIVE && "1".equals(n.path("tv_archive").asText("0"))) {
            attrs.add(new SourceAttribute("catchup", "xc"));
            String days = n.path("tv_archive_duration").asText("");
            if (days.matches("\\d+")) {
                attrs.add(new SourceAttribute("catchup-days", days));
            }
        }
        String streamId = kind == StreamKind.LIVE ? id : (kind == StreamKind.VOD ? "movie/" : "series/") + id;
        String tvgId = kind == StreamKind.LIVE ? PlaylistReading.blankToNull(n.path("epg_channel_id").asText("")) : null;
        SourceChannel ch = new SourceChannel(0, sourceId, kind, position, name.isEmpty() ? "Stream " + id : name, group,
                null, null, tvgId, null, logo, streamId, ext, "-1", attrs, List.of(), null);
        // Keyed on the credential-free path (user and password segments are stripped by the key anyway).
        String keyUrl = XtreamUrls.stream(server, "_", "_", kind, id, ext);
        return new IncomingChannel(ch, keyUrl);
    }
}
