package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lineup.testing.fakes.dropbox.FakeFileSystem.Node;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * sharing/* endpoints plus the link pages themselves: links look like Dropbox's
 * ({@code /scl/fi/KEY/NAME?rlkey=..&dl=0}) but point at the fake, so a player in a demo can load them;
 * {@code dl=1} or {@code raw=1} serves the current content, as dropbox.com does.
 */
final class FakeSharingRoutes {
    private final FakeFileRoutes files;
    private final URI base;
    private final Map<String, String> keyByPath = new HashMap<>();
    private final Map<String, String> pathByKey = new HashMap<>();

    FakeSharingRoutes(FakeFileRoutes files, URI base) {
        this.files = files;
        this.base = base;
    }

    FakeResponse handle(String route, JsonNode arg) {
        switch (route) {
            case "/2/sharing/create_shared_link_with_settings": {
                Node n = files.existing(FakeJson.text(arg, "path"), "path");
                synchronized (this) {
                    String lower = FakeFileSystem.lower(n.path());
                    if (keyByPath.containsKey(lower)) {
                        throw FakeApiError.conflict("shared_link_already_exists");
                    }
                    String key = UUID.randomUUID().toString().replace("-", "").substring(0, 21);
                    keyByPath.put(lower, key);
                    pathByKey.put(key, lower);
                }
                return FakeResponse.json(linkMeta(n));
            }
            case "/2/sharing/list_shared_links": {
                ObjectNode result = FakeJson.object();
                ArrayNode links = result.putArray("links");
                String path = FakeJson.text(arg, "path");
                Node n = path == null ? null : files.existing(path, "path");
                synchronized (this) {
                    if (n != null && keyByPath.containsKey(FakeFileSystem.lower(n.path()))) {
                        links.add(linkMeta(n));
                    }
                }
                result.put("has_more", false);
                return FakeResponse.json(result);
            }
            default:
                return null;
        }
    }

    /** When set, {@code dl=1} and {@code raw=1} answer with the HTML download page (kodi-pvr/pvr.iptvsimple#920). */
    private volatile boolean pagesInsteadOfFiles;

    void pagesInsteadOfFiles(boolean on) {
        pagesInsteadOfFiles = on;
    }

    /**
     * GET /scl/fi/KEY/NAME: the link page, or with dl=1 / raw=1 a redirect to the content host
     * ({@code dl.dropboxusercontent.com}, here {@link #CONTENT_PREFIX} on the fake), as dropbox.com does.
     */
    FakeResponse serve(String path, String query) {
        String[] parts = path.split("/");
        String lower;
        synchronized (this) {
            lower = parts.length >= 4 ? pathByKey.get(parts[3]) : null;
        }
        if (lower == null || files.existingOrNull(lower) == null) {
            return new FakeResponse(404, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<!DOCTYPE html><html><body>That didn't work for some reason</body></html>"
                            .getBytes(StandardCharsets.UTF_8));
        }
        Node n = files.existing(lower, "path");
        String q = query == null ? "" : query;
        if ((q.contains("dl=1") || q.contains("raw=1")) && !pagesInsteadOfFiles) {
            return FakeResponse.redirect(CONTENT_PREFIX + parts[3] + "/" + parts[parts.length - 1]);
        }
        return new FakeResponse(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                ("<!DOCTYPE html><html><head><title>Dropbox - " + n.name() + " - Simplify your life</title></head>"
                        + "<body>Download " + n.name() + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    /** Where the content host's files live on the fake. */
    static final String CONTENT_PREFIX = "/_content/";

    /** GET /_content/KEY/NAME: the file's current bytes, as {@code dl.dropboxusercontent.com} serves them. */
    FakeResponse content(String path) {
        String[] parts = path.substring(CONTENT_PREFIX.length()).split("/");
        String lower;
        synchronized (this) {
            lower = pathByKey.get(parts[0]);
        }
        Node n = lower == null ? null : files.existingOrNull(lower);
        if (n == null) {
            return FakeResponse.text(404, "not found");
        }
        return new FakeResponse(200, Map.of("Content-Type", "application/octet-stream"), n.data());
    }

    private synchronized ObjectNode linkMeta(Node n) {
        String key = keyByPath.get(FakeFileSystem.lower(n.path()));
        ObjectNode o = FakeJson.object();
        o.put(".tag", "file");
        o.put("url", base.resolve("/scl/fi/" + key + "/" + URLEncoder.encode(n.name(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "?rlkey=" + key.substring(0, 8) + "&dl=0").toString());
        o.put("name", n.name());
        ObjectNode perms = o.putObject("link_permissions");
        perms.put("can_revoke", true);
        ObjectNode policy = perms.putArray("visibility_policies").addObject();
        policy.putObject("policy").put(".tag", "public");
        policy.putObject("resolved_policy").put(".tag", "public");
        policy.put("allowed", true);
        perms.put("can_set_expiry", false);
        perms.put("can_remove_expiry", false);
        perms.put("allow_download", true);
        perms.put("can_allow_download", true);
        perms.put("can_disallow_download", false);
        perms.put("allow_comments", false);
        perms.put("team_restricts_comments", false);
        o.put("client_modified", n.serverModified().toString());
        o.put("server_modified", n.serverModified().toString());
        o.put("rev", n.rev());
        o.put("size", n.data().length);
        o.put("id", n.id());
        o.put("path_lower", FakeFileSystem.lower(n.path()));
        return o;
    }
}
