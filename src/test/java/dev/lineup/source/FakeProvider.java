package dev.lineup.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A provider's channel list shaped like real ones (country-prefixed groups, tvg-ids, logos, tokens in
 * the query, Xtream JSON with numbers as strings), which tests mutate the way providers do: rename,
 * rotate tokens and passwords, move between groups, drop and bring back.
 */
public final class FakeProvider {
    private static final String[] BRANDS = {"Sport", "News", "Cinema", "Kids", "Music", "Docu", "Action", "Comedy",
        "Nature", "History", "Travel", "Food"};
    private static final String[] COUNTRIES = {"UK", "DE", "FR", "ES", "IT", "PT", "NL", "PL", "TR", "US"};

    /** One live channel. */
    public static final class Channel {
        public final int streamId;
        public String name;
        public String group;
        public final String tvgId;
        public final String logo;
        public boolean present = true;

        Channel(int streamId, String name, String group, String tvgId, String logo) {
            this.streamId = streamId;
            this.name = name;
            this.group = group;
            this.tvgId = tvgId;
            this.logo = logo;
        }
    }

    public final List<Channel> channels = new ArrayList<>();
    public final List<String> groups = new ArrayList<>();
    public String token = "tok0";
    public String username = "alice";
    public String password = "s3cret";
    public String host = "provider.example:8080";

    public static FakeProvider generate(int count, long seed) {
        FakeProvider p = new FakeProvider();
        Random r = new Random(seed);
        for (String c : COUNTRIES) {
            for (int i = 0; i < 4; i++) {
                p.groups.add(c + " | " + BRANDS[(i * 3 + c.length()) % BRANDS.length]);
            }
        }
        for (int i = 0; i < count; i++) {
            String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
            String name = country + ": " + BRANDS[r.nextInt(BRANDS.length)] + " " + (i + 1) + (r.nextBoolean() ? " HD" : "");
            String tvg = r.nextInt(10) < 8 ? name.replaceAll("[^A-Za-z0-9]+", "").toLowerCase() + "." + country.toLowerCase() : null;
            p.channels.add(new Channel(10_000 + i, name, p.groups.get(r.nextInt(p.groups.size())), tvg,
                    "http://logos.example/" + (10_000 + i) + ".png"));
        }
        return p;
    }

    /** Renames every {@code k}-th channel (what providers do: a suffix, a new brand). */
    public void renameEvery(int k) {
        for (int i = 0; i < channels.size(); i += k) {
            channels.get(i).name = channels.get(i).name.replace(" HD", "") + " FHD (backup)";
        }
    }

    /** Moves every {@code k}-th channel, starting at {@code offset}, to the next group. */
    public void moveEvery(int k, int offset) {
        for (int i = offset; i < channels.size(); i += k) {
            Channel c = channels.get(i);
            c.group = groups.get((groups.indexOf(c.group) + 1) % groups.size());
        }
    }

    public String m3u() {
        StringBuilder sb = new StringBuilder();
        try {
            writeM3u(sb);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Writes the playlist entry by entry (a 200k-entry playlist never exists as one string). */
    public void writeM3u(Appendable sb) throws java.io.IOException {
        sb.append("#EXTM3U x-tvg-url=\"http://" + host + "/xmltv.php\"\n");
        for (Channel c : channels) {
            if (!c.present) {
                continue;
            }
            sb.append("#EXTINF:-1 ");
            if (c.tvgId != null) {
                sb.append("tvg-id=\"").append(c.tvgId).append("\" ");
            }
            sb.append("tvg-name=\"").append(c.name).append("\" tvg-logo=\"").append(c.logo).append("\" group-title=\"")
                    .append(c.group).append("\",").append(c.name).append('\n')
                    .append("http://").append(host).append("/hls/").append(String.valueOf(c.streamId)).append("/index.m3u8?token=")
                    .append(token).append('\n');
        }
    }

    /** A fake {@code player_api.php}: JSON as real panels send it (ids and flags as strings, nulls). */
    public Dispatcher xtream() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) {
                var url = req.getUrl();
                if (!url.encodedPath().endsWith("/player_api.php")) {
                    return new MockResponse.Builder().code(404).build();
                }
                if (!username.equals(url.queryParameter("username")) || !password.equals(url.queryParameter("password"))) {
                    return json("{\"user_info\":{\"auth\":0}}");
                }
                String action = url.queryParameter("action");
                return json(action == null ? account() : switch (action) {
                    case "get_live_categories" -> categories();
                    case "get_live_streams" -> liveStreams();
                    case "get_vod_categories" -> "[{\"category_id\":\"200\",\"category_name\":\"Films | New\",\"parent_id\":0}]";
                    case "get_vod_streams" -> "[{\"num\":1,\"name\":\"Big Film (2024)\",\"stream_type\":\"movie\",\"stream_id\":\"5001\","
                            + "\"stream_icon\":\"http://img.example/5001.jpg\",\"rating\":\"7.1\",\"added\":\"1700000000\","
                            + "\"category_id\":\"200\",\"container_extension\":\"mkv\",\"custom_sid\":null,\"direct_source\":\"\"}]";
                    case "get_series_categories" -> "[{\"category_id\":\"300\",\"category_name\":\"Series | Drama\",\"parent_id\":0}]";
                    case "get_series" -> "[{\"num\":1,\"name\":\"Long Drama\",\"series_id\":701,\"cover\":\"http://img.example/s701.jpg\","
                            + "\"plot\":\"…\",\"category_id\":\"300\",\"last_modified\":\"1700000000\"}]";
                    default -> "[]";
                });
            }
        };
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private String account() {
        return "{\"user_info\":{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"message\":\"\","
                + "\"auth\":1,\"status\":\"Active\",\"exp_date\":\"1798761600\",\"is_trial\":\"0\",\"active_cons\":\"1\","
                + "\"created_at\":\"1700000000\",\"max_connections\":\"2\",\"allowed_output_formats\":[\"m3u8\",\"ts\"]},"
                + "\"server_info\":{\"url\":\"provider.example\",\"port\":\"8080\",\"https_port\":\"8443\","
                + "\"server_protocol\":\"http\",\"rtmp_port\":\"8880\",\"timezone\":\"Europe/London\","
                + "\"timestamp_now\":1763800000,\"time_now\":\"2025-11-22 08:26:40\"}}";
    }

    private String categories() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < groups.size(); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"category_id\":\"").append(i + 1).append("\",\"category_name\":\"")
                    .append(groups.get(i)).append("\",\"parent_id\":0}");
        }
        return sb.append(']').toString();
    }

    private String liveStreams() {
        Map<String, Integer> catIds = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            catIds.put(groups.get(i), i + 1);
        }
        StringBuilder sb = new StringBuilder("[");
        int num = 0;
        for (Channel c : channels) {
            if (!c.present) {
                continue;
            }
            sb.append(num == 0 ? "" : ",").append("{\"num\":").append(++num).append(",\"name\":\"").append(c.name)
                    .append("\",\"stream_type\":\"live\",\"stream_id\":").append(c.streamId)
                    .append(",\"stream_icon\":\"").append(c.logo).append("\",\"epg_channel_id\":")
                    .append(c.tvgId == null ? "null" : "\"" + c.tvgId + "\"")
                    .append(",\"added\":\"1700000000\",\"category_id\":\"").append(catIds.get(c.group))
                    .append("\",\"custom_sid\":\"\",\"tv_archive\":").append(c.streamId % 5 == 0 ? 1 : 0)
                    .append(",\"direct_source\":\"\",\"tv_archive_duration\":").append(c.streamId % 5 == 0 ? "\"7\"" : "0")
                    .append('}');
        }
        return sb.append(']').toString();
    }
}
