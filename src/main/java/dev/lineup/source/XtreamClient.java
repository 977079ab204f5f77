package dev.lineup.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.model.StreamKind;
import dev.lineup.model.XtreamAccount;
import dev.lineup.model.XtreamUrls;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * Client of an Xtream Codes server's {@code player_api.php}. Providers differ in types (numbers as
 * strings, {@code null} for "never", {@code {}} for an empty list), so answers are read leniently as
 * trees; stream lists are streamed element by element so a 200k-entry answer is never one tree.
 */
public final class XtreamClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Fetcher fetcher;
    private final String server;
    private final String username;
    private final String password;
    private final Cancellation cancel;

    /** One category as the server lists it. */
    public record Category(String id, String name) {
    }

    public XtreamClient(Fetcher fetcher, String server, String username, String password, Cancellation cancel) {
        this.fetcher = fetcher;
        this.server = XtreamUrls.base(server);
        this.username = username;
        this.password = password;
        this.cancel = cancel;
    }

    /** {@code user_info}/{@code server_info}; a refused login is a {@link SourceFetchException}. */
    public XtreamAccount account() throws IOException {
        JsonNode root = tree(null);
        JsonNode user = root.path("user_info");
        if (user.isMissingNode() || !"1".equals(user.path("auth").asText("0"))) {
            throw new SourceFetchException("the Xtream server " + server + " refused the username or password");
        }
        String exp = user.path("exp_date").asText("");
        Instant expires = exp.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(exp)) : null;
        return new XtreamAccount(user.path("status").asText(null), expires, intOrNull(user.path("max_connections")),
                intOrNull(user.path("active_cons")), "1".equals(user.path("is_trial").asText("0")),
                root.path("server_info").path("timezone").asText(null));
    }

    public List<Category> categories(StreamKind kind) throws IOException {
        String action = switch (kind) {
            case LIVE -> "get_live_categories";
            case VOD -> "get_vod_categories";
            case SERIES -> "get_series_categories";
        };
        List<Category> out = new ArrayList<>();
        JsonNode root = tree(action);
        if (root.isArray()) {
            for (JsonNode n : root) {
                out.add(new Category(n.path("category_id").asText(""), n.path("category_name").asText("")));
            }
        }
        return out;
    }

    /** Streams each entry of {@code get_live_streams}, {@code get_vod_streams} or {@code get_series}. */
    public void streams(StreamKind kind, Consumer<JsonNode> sink) throws IOException {
        String action = switch (kind) {
            case LIVE -> "get_live_streams";
            case VOD -> "get_vod_streams";
            case SERIES -> "get_series";
        };
        try (Response r = fetcher.execute(apiUrl(action), cancel); InputStream in = r.body().byteStream();
             JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                cancel.check();
                sink.accept(p.readValueAsTree());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SourceFetchException("unreadable " + action + " answer from " + server + " at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    private JsonNode tree(String action) throws IOException {
        try (Response r = fetcher.execute(apiUrl(action), cancel)) {
            String body = r.body().string();
            try {
                return MAPPER.readTree(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SourceFetchException("the Xtream server " + server + " did not answer JSON to "
                        + (action == null ? "login" : action) + ": " + e.getOriginalMessage());
            }
        }
    }

    private String apiUrl(String action) {
        HttpUrl base = HttpUrl.parse(server + "/player_api.php");
        if (base == null) {
            throw new IllegalArgumentException("not an http(s) server URL: " + server);
        }
        HttpUrl.Builder b = base.newBuilder().addQueryParameter("username", username)
                .addQueryParameter("password", password);
        if (action != null) {
            b.addQueryParameter("action", action);
        }
        return b.build().toString();
    }

    static Integer intOrNull(JsonNode n) {
        String s = n.asText("");
        return s.matches("-?\\d+") ? Integer.valueOf(s) : null;
    }
}
