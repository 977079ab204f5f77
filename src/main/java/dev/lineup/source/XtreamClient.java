package dev.lineup.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lineup.model.SourceKind;
import dev.lineup.model.StreamKind;
import dev.lineup.model.XtreamAccount;
import dev.lineup.model.XtreamUrls;
import dev.lineup.task.Cancellation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Client of an Xtream Codes server's {@code player_api.php}. Providers differ in types (numbers as
 * strings, {@code null} for "never", {@code {}} for an empty list), so values are read leniently as
 * text. Every answer is streamed (Jackson's parser, never the whole body in a String): the login keeps
 * only the few {@code user_info}/{@code server_info} values it shows, and stream lists go element by
 * element, so neither a 200k-entry list nor a 600 MB hostile answer is ever held whole. Server answers
 * are never quoted into messages: a broken panel may echo the password in them.
 */
public final class XtreamClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory(MAPPER);
    private static final Set<String> ACCOUNT_KEYS = Set.of("auth", "status", "exp_date", "max_connections",
            "active_cons", "is_trial");
    private static final Set<String> CATEGORY_KEYS = Set.of("category_id", "category_name");
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

    /** {@code user_info}/{@code server_info}; a refused login is an {@link XtreamLoginRefusedException}. */
    public XtreamAccount account() throws IOException {
        Map<String, String> user = null;
        Map<String, String> info = Map.of();
        try (Download d = fetcher.open(apiUrl(null), SourceKind.XTREAM, cancel); JsonParser p = JSON.createParser(d.body())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notJson("login", p);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("user_info".equals(field) && value == JsonToken.START_OBJECT) {
                    user = XtreamValues.scalars(p, ACCOUNT_KEYS);
                } else if ("server_info".equals(field) && value == JsonToken.START_OBJECT) {
                    info = XtreamValues.scalars(p, Set.of("timezone"));
                } else {
                    p.skipChildren(); // a long string is skipped unread, never buffered
                }
            }
        } catch (JsonProcessingException e) {
            throw unreadable("login", e);
        }
        if (user == null || !"1".equals(user.getOrDefault("auth", "0"))) {
            throw new XtreamLoginRefusedException("the Xtream server " + server + " refused the username or password");
        }
        return new XtreamAccount(user.get("status"), XtreamValues.epochSecond(user.get("exp_date")),
                XtreamValues.intOrNull(user.get("max_connections")), XtreamValues.intOrNull(user.get("active_cons")),
                "1".equals(user.get("is_trial")), info.get("timezone"));
    }

    public List<Category> categories(StreamKind kind) throws IOException {
        String action = switch (kind) {
            case LIVE -> "get_live_categories";
            case VOD -> "get_vod_categories";
            case SERIES -> "get_series_categories";
        };
        List<Category> out = new ArrayList<>();
        try (Download d = fetcher.open(apiUrl(action), SourceKind.XTREAM, cancel); JsonParser p = JSON.createParser(d.body())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                p.skipChildren(); // {} or null: no categories
                return out;
            }
            for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY && t != null; ) {
                if (t == JsonToken.START_OBJECT) {
                    Map<String, String> c = XtreamValues.scalars(p, CATEGORY_KEYS);
                    out.add(new Category(c.getOrDefault("category_id", ""), c.getOrDefault("category_name", "")));
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw unreadable(action, e);
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
        try (Download d = fetcher.open(apiUrl(action), SourceKind.XTREAM, cancel); JsonParser p = JSON.createParser(d.body())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                cancel.check("refresh");
                sink.accept(p.readValueAsTree());
            }
        } catch (JsonProcessingException e) {
            throw unreadable(action, e);
        }
    }

    private SourceFetchException notJson(String what, JsonParser p) {
        return new SourceFetchException("the Xtream server " + server + " did not answer JSON to " + what
                + " (line " + p.currentLocation().getLineNr() + ")");
    }

    /** Where the answer broke, never what it said (it may echo the password). */
    private SourceFetchException unreadable(String what, JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new SourceFetchException("the Xtream server " + server + " sent an unreadable answer to "
                + (what == null ? "login" : what) + where + " (not valid JSON, or a value too long)");
    }

    private String apiUrl(String action) throws LocationFormatException {
        HttpUrl base = SourceLocations.http(server + "/player_api.php");
        HttpUrl.Builder b = base.newBuilder().addQueryParameter("username", username)
                .addQueryParameter("password", password);
        if (action != null) {
            b.addQueryParameter("action", action);
        }
        return b.build().toString();
    }
}
